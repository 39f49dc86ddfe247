"""What the generated code offers, found by walking it: the services, their
idempotent methods (for the retry policy) and their stub classes. Nothing
here lists a service by hand, so a new .proto file needs no edit."""

from __future__ import annotations

import functools
import importlib
import json
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import roundtable.v1 as _generated
from google.protobuf.descriptor import ServiceDescriptor

_IDEMPOTENT = re.compile(r"^(Get|List)[A-Z]")


def is_idempotent(method_name: str) -> bool:
    """Whether a method may be retried: a `Get…` or `List…` call, which changes nothing."""
    return _IDEMPOTENT.match(method_name) is not None


@functools.cache
def _modules(suffix: str) -> tuple[ModuleType, ...]:
    names = sorted(
        info.name for info in pkgutil.iter_modules(_generated.__path__) if info.name.endswith(suffix)
    )
    return tuple(importlib.import_module(f"{_generated.__name__}.{name}") for name in names)


def services() -> Iterator[ServiceDescriptor]:
    """Every service of the generated roundtable.v1 files."""
    for module in _modules("_pb2"):
        yield from module.DESCRIPTOR.services_by_name.values()


def idempotent_methods() -> list[tuple[str, str]]:
    """(service full name, method name) of every unary `Get…`/`List…` method."""
    return [
        (service.full_name, method.name)
        for service in services()
        for method in service.methods
        if is_idempotent(method.name) and not method.client_streaming and not method.server_streaming
    ]


def stub_class(service_name: str) -> type[Any]:
    """The generated stub class of a service, by its short name (`SpaceService`)."""
    for module in _modules("_pb2_grpc"):
        found = getattr(module, f"{service_name}Stub", None)
        if isinstance(found, type):
            return found
    raise AttributeError(f"no service named {service_name!r} in roundtable.v1")


@dataclass(frozen=True)
class RetryPolicy:
    """How idempotent calls (unary `Get…`/`List…`) are retried, by gRPC itself:
    on UNAVAILABLE, and on DEADLINE_EXCEEDED from the server (a deadline the
    caller set is never extended), with exponential backoff and jitter."""

    #: Attempts in all, the first included; 2–5 (gRPC's limit).
    max_attempts: int = 3
    #: Backoff ceiling before the second attempt, in seconds; doubled after.
    initial_backoff: float = 0.1
    #: Upper bound of one backoff, in seconds.
    max_backoff: float = 2.0

    def __post_init__(self) -> None:
        if not 2 <= self.max_attempts <= 5:
            raise ValueError(f"max_attempts must be 2 to 5, not {self.max_attempts}")
        if not 0 < self.initial_backoff <= self.max_backoff:
            raise ValueError("backoffs must satisfy 0 < initial_backoff <= max_backoff")

    def service_config(self) -> str:
        """The gRPC service config (JSON) that applies this policy."""
        return json.dumps(
            {
                "methodConfig": [
                    {
                        "name": [{"service": s, "method": m} for s, m in idempotent_methods()],
                        "retryPolicy": {
                            "maxAttempts": self.max_attempts,
                            "initialBackoff": f"{self.initial_backoff:.3f}s",
                            "maxBackoff": f"{self.max_backoff:.3f}s",
                            "backoffMultiplier": 2,
                            "retryableStatusCodes": ["UNAVAILABLE", "DEADLINE_EXCEEDED"],
                        },
                    }
                ]
            }
        )


def channel_options(retry: RetryPolicy | None) -> list[tuple[str, Any]]:
    """Channel options for a retry policy (None: no retries)."""
    if retry is None:
        return [("grpc.enable_retries", 0)]
    return [("grpc.enable_retries", 1), ("grpc.service_config", retry.service_config())]
