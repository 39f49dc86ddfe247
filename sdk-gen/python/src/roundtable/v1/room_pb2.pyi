import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from roundtable.v1 import replr_pb2 as _replr_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RoomVisibility(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ROOM_VISIBILITY_UNSPECIFIED: _ClassVar[RoomVisibility]
    ROOM_VISIBILITY_PUBLIC: _ClassVar[RoomVisibility]
    ROOM_VISIBILITY_PRIVATE: _ClassVar[RoomVisibility]

class RoomRole(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ROOM_ROLE_UNSPECIFIED: _ClassVar[RoomRole]
    ROOM_ROLE_OWNER: _ClassVar[RoomRole]
    ROOM_ROLE_ADMIN: _ClassVar[RoomRole]
    ROOM_ROLE_MEMBER: _ClassVar[RoomRole]
    ROOM_ROLE_CONTRIBUTOR: _ClassVar[RoomRole]
ROOM_VISIBILITY_UNSPECIFIED: RoomVisibility
ROOM_VISIBILITY_PUBLIC: RoomVisibility
ROOM_VISIBILITY_PRIVATE: RoomVisibility
ROOM_ROLE_UNSPECIFIED: RoomRole
ROOM_ROLE_OWNER: RoomRole
ROOM_ROLE_ADMIN: RoomRole
ROOM_ROLE_MEMBER: RoomRole
ROOM_ROLE_CONTRIBUTOR: RoomRole

class Room(_message.Message):
    __slots__ = ("room_id", "space_id", "name", "description", "visibility", "creator_id", "member_count", "last_message_time", "my_role", "create_time", "update_time", "unread_count", "replrs", "replr_count")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    VISIBILITY_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    LAST_MESSAGE_TIME_FIELD_NUMBER: _ClassVar[int]
    MY_ROLE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UNREAD_COUNT_FIELD_NUMBER: _ClassVar[int]
    REPLRS_FIELD_NUMBER: _ClassVar[int]
    REPLR_COUNT_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    space_id: str
    name: str
    description: str
    visibility: RoomVisibility
    creator_id: str
    member_count: int
    last_message_time: _timestamp_pb2.Timestamp
    my_role: RoomRole
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    unread_count: int
    replrs: _containers.RepeatedCompositeFieldContainer[_replr_pb2.ReplrSummary]
    replr_count: int
    def __init__(self, room_id: _Optional[str] = ..., space_id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., visibility: _Optional[_Union[RoomVisibility, str]] = ..., creator_id: _Optional[str] = ..., member_count: _Optional[int] = ..., last_message_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., my_role: _Optional[_Union[RoomRole, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., unread_count: _Optional[int] = ..., replrs: _Optional[_Iterable[_Union[_replr_pb2.ReplrSummary, _Mapping]]] = ..., replr_count: _Optional[int] = ...) -> None: ...

class RoomMember(_message.Message):
    __slots__ = ("room_id", "user_id", "username", "display_name", "role", "join_time")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    JOIN_TIME_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    user_id: str
    username: str
    display_name: str
    role: RoomRole
    join_time: _timestamp_pb2.Timestamp
    def __init__(self, room_id: _Optional[str] = ..., user_id: _Optional[str] = ..., username: _Optional[str] = ..., display_name: _Optional[str] = ..., role: _Optional[_Union[RoomRole, str]] = ..., join_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateRoomRequest(_message.Message):
    __slots__ = ("space_id", "name", "description", "visibility")
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    VISIBILITY_FIELD_NUMBER: _ClassVar[int]
    space_id: str
    name: str
    description: str
    visibility: RoomVisibility
    def __init__(self, space_id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., visibility: _Optional[_Union[RoomVisibility, str]] = ...) -> None: ...

class CreateRoomResponse(_message.Message):
    __slots__ = ("room",)
    ROOM_FIELD_NUMBER: _ClassVar[int]
    room: Room
    def __init__(self, room: _Optional[_Union[Room, _Mapping]] = ...) -> None: ...

class GetRoomRequest(_message.Message):
    __slots__ = ("room_id",)
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    def __init__(self, room_id: _Optional[str] = ...) -> None: ...

class GetRoomResponse(_message.Message):
    __slots__ = ("room",)
    ROOM_FIELD_NUMBER: _ClassVar[int]
    room: Room
    def __init__(self, room: _Optional[_Union[Room, _Mapping]] = ...) -> None: ...

class ListRoomsRequest(_message.Message):
    __slots__ = ("space_id", "page_size", "page_token")
    SPACE_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    space_id: str
    page_size: int
    page_token: str
    def __init__(self, space_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListRoomsResponse(_message.Message):
    __slots__ = ("rooms", "next_page_token")
    ROOMS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    rooms: _containers.RepeatedCompositeFieldContainer[Room]
    next_page_token: str
    def __init__(self, rooms: _Optional[_Iterable[_Union[Room, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateRoomRequest(_message.Message):
    __slots__ = ("room_id", "name", "description", "visibility")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    VISIBILITY_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    name: str
    description: str
    visibility: RoomVisibility
    def __init__(self, room_id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., visibility: _Optional[_Union[RoomVisibility, str]] = ...) -> None: ...

class UpdateRoomResponse(_message.Message):
    __slots__ = ("room",)
    ROOM_FIELD_NUMBER: _ClassVar[int]
    room: Room
    def __init__(self, room: _Optional[_Union[Room, _Mapping]] = ...) -> None: ...

class DeleteRoomRequest(_message.Message):
    __slots__ = ("room_id",)
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    def __init__(self, room_id: _Optional[str] = ...) -> None: ...

class DeleteRoomResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AddRoomMemberRequest(_message.Message):
    __slots__ = ("room_id", "user_id", "role")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    user_id: str
    role: RoomRole
    def __init__(self, room_id: _Optional[str] = ..., user_id: _Optional[str] = ..., role: _Optional[_Union[RoomRole, str]] = ...) -> None: ...

class AddRoomMemberResponse(_message.Message):
    __slots__ = ("member",)
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    member: RoomMember
    def __init__(self, member: _Optional[_Union[RoomMember, _Mapping]] = ...) -> None: ...

class RemoveRoomMemberRequest(_message.Message):
    __slots__ = ("room_id", "user_id")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    user_id: str
    def __init__(self, room_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class RemoveRoomMemberResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListRoomMembersRequest(_message.Message):
    __slots__ = ("room_id", "page_size", "page_token")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    page_size: int
    page_token: str
    def __init__(self, room_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListRoomMembersResponse(_message.Message):
    __slots__ = ("members", "next_page_token")
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[RoomMember]
    next_page_token: str
    def __init__(self, members: _Optional[_Iterable[_Union[RoomMember, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class AddReplrRequest(_message.Message):
    __slots__ = ("room_id", "replr_id")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    REPLR_ID_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    replr_id: str
    def __init__(self, room_id: _Optional[str] = ..., replr_id: _Optional[str] = ...) -> None: ...

class AddReplrResponse(_message.Message):
    __slots__ = ("room",)
    ROOM_FIELD_NUMBER: _ClassVar[int]
    room: Room
    def __init__(self, room: _Optional[_Union[Room, _Mapping]] = ...) -> None: ...

class RemoveReplrRequest(_message.Message):
    __slots__ = ("room_id", "replr_id")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    REPLR_ID_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    replr_id: str
    def __init__(self, room_id: _Optional[str] = ..., replr_id: _Optional[str] = ...) -> None: ...

class RemoveReplrResponse(_message.Message):
    __slots__ = ("room",)
    ROOM_FIELD_NUMBER: _ClassVar[int]
    room: Room
    def __init__(self, room: _Optional[_Union[Room, _Mapping]] = ...) -> None: ...
