"""Base URLs: `http://host:port` (plain text, h2c) or `https://host[:port]` (TLS)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Target:
    """Where a channel connects: a gRPC target and whether it uses TLS."""

    address: str
    secure: bool


def parse_base_url(base_url: str) -> Target:
    """Checks a base URL and turns it into a gRPC target."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"base_url must be an absolute http:// or https:// URL, not {base_url!r}")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError("base_url takes no path, query or fragment: gRPC is served at the root")
    if parts.username or parts.password:
        raise ValueError("base_url takes no credentials: pass a token instead")
    secure = parts.scheme == "https"
    port = parts.port or (443 if secure else 80)
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return Target(address=f"{host}:{port}", secure=secure)
