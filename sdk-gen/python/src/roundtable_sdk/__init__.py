"""Roundtable for Python: typed gRPC stubs (the `roundtable.v1` package,
generated from the contract) plus sync and asyncio clients with bearer auth,
retries of idempotent calls, resumable event subscriptions and error
decoding.

    from roundtable.v1 import space_pb2
    from roundtable_sdk import Client

    with Client("http://127.0.0.1:8080", token="rtk_…") as rt:
        space = rt.SpaceService.CreateSpace(space_pb2.CreateSpaceRequest(name="Team")).space
"""

from ._auth import AsyncTokenSource, TokenSource
from ._resume import Reconnect, ResumeSettings, StreamEnded
from ._services import RetryPolicy, is_idempotent, services
from ._target import Target, parse_base_url
from .aio import AsyncClient, AsyncSubscription
from .client import Client, Subscription
from .errors import FieldViolation, QuotaViolation, RoundtableError, error_details
from .replies import ReplyTexts

__all__ = [
    "AsyncClient",
    "AsyncSubscription",
    "AsyncTokenSource",
    "Client",
    "FieldViolation",
    "QuotaViolation",
    "Reconnect",
    "ReplyTexts",
    "ResumeSettings",
    "RetryPolicy",
    "RoundtableError",
    "StreamEnded",
    "Subscription",
    "Target",
    "TokenSource",
    "error_details",
    "is_idempotent",
    "parse_base_url",
    "services",
]
