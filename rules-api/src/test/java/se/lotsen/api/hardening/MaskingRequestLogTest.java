package se.lotsen.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Query parameters named like credentials reach the request log as "…"; others as they were sent. */
class MaskingRequestLogTest {
    @Test
    void everyCredentialLikeParameterIsMaskedWhateverItsCaseOrEncoding() {
        assertThat(MaskingRequestLog.maskQuery("access_token=K1&from=2026-01-01&API_KEY=K2&%61ccess_token=K3&password=K4"
                + "&client_secret=K5&sig=K6&token"))
                .isEqualTo("access_token=…&from=2026-01-01&API_KEY=…&%61ccess_token=…&password=…&client_secret=…&sig=…&token=…");
    }

    @Test
    void ordinaryParametersAndNoQueryAreLeftAlone() {
        assertThat(MaskingRequestLog.maskQuery("page=2&per_page=100&lang=sv&view=compact")).isEqualTo("page=2&per_page=100&lang=sv&view=compact");
        assertThat(MaskingRequestLog.maskQuery(null)).isNull();
    }

    @Test
    void aNameThatDoesNotDecodeIsMasked() {
        assertThat(MaskingRequestLog.maskQuery("%zz=K1")).isEqualTo("%zz=…");
    }
}
