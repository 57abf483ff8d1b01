package se.lotsen.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.policy.BaseResolver;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSetLoader;

class ActiveEngineTest {
    private static final SuggestionRequest SLEEP = SuggestionRequest.builder().childAgeMonths(6).need(NeedCategory.SLEEP).build();

    private static Serving serving(String version) {
        PathwayEngine engine = PathwayEngine.builder().ruleSet(RuleSetLoader.load(RuleSetFiles.readDefault(), BaseResolver.bundled(),
                LocalDate.parse("2026-11-23")).ruleSet()).build();
        return new Serving(engine, "default", version, "hash-" + version, List.of());
    }

    @Test
    void theEngineSwappedOutIsClosedAfterTheGraceAndTheNewOneServes() {
        ScheduledExecutorService later = mock(ScheduledExecutorService.class);
        ActiveEngine active = new ActiveEngine(later);
        Serving first = serving("1");
        Serving second = serving("2");
        active.swap(first);
        active.swap(second);

        ArgumentCaptor<Runnable> close = ArgumentCaptor.forClass(Runnable.class);
        verify(later).schedule(close.capture(), eq(ActiveEngine.GRACE_MILLIS), eq(TimeUnit.MILLISECONDS));
        assertThat(first.engine().suggest(SLEEP).steps()).as("a request in flight during the grace").isNotEmpty();
        close.getValue().run();

        assertThatThrownBy(() -> first.engine().suggest(SLEEP)).isInstanceOf(IllegalStateException.class);
        assertThat(active.get().suggest(SLEEP).steps()).isNotEmpty();
        verify(later).schedule(any(Runnable.class), anyLong(), any(TimeUnit.class));
    }
}
