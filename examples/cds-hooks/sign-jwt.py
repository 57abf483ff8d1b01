#!/usr/bin/env python3
"""Signs a CDS Hooks 2.0 JWT as the example CDS client (https://ehr.example.org) for one call.

    TOKEN=$(python3 examples/cds-hooks/sign-jwt.py http://127.0.0.1:8080/cds-services/lotsen-pathway)
    curl -H "Authorization: Bearer $TOKEN" ...

The audience is the address you call. The key is example-client.jwk beside this file: a TRY-OUT key
that is public, so a server trusting it trusts anyone; use it against a local test server only.
Needs Python 3 and the `cryptography` package (Debian: python3-cryptography).
"""
import base64
import json
import pathlib
import sys
import time
import uuid

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def number(text: str) -> int:
    return int.from_bytes(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)), "big")


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: sign-jwt.py AUDIENCE (the address you call)")
    jwk = json.loads((pathlib.Path(__file__).parent / "example-client.jwk").read_text())
    public = ec.EllipticCurvePublicNumbers(number(jwk["x"]), number(jwk["y"]), ec.SECP384R1())
    key = ec.EllipticCurvePrivateNumbers(number(jwk["d"]), public).private_key()
    now = int(time.time())
    header = {"alg": "ES384", "typ": "JWT", "kid": jwk["kid"]}
    claims = {"iss": "https://ehr.example.org", "aud": sys.argv[1], "iat": now, "exp": now + 300, "jti": str(uuid.uuid4())}
    signing_input = b64(json.dumps(header).encode()) + "." + b64(json.dumps(claims).encode())
    r, s = decode_dss_signature(key.sign(signing_input.encode(), ec.ECDSA(hashes.SHA384())))
    # JWS wants the raw r || s (48 bytes each for P-384), not DER.
    print(signing_input + "." + b64(r.to_bytes(48, "big") + s.to_bytes(48, "big")))


if __name__ == "__main__":
    main()
