from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversation_reply_viber_request_rich_media import ConversationReplyViberRequestRichMedia


T = TypeVar("T", bound="ConversationReplyViberRequest")


@_attrs_define
class ConversationReplyViberRequest:
    text: str
    """ The reply text message """
    rich_media: ConversationReplyViberRequestRichMedia
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        rich_media = self.rich_media.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "richMedia": rich_media,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_reply_viber_request_rich_media import ConversationReplyViberRequestRichMedia  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        rich_media = ConversationReplyViberRequestRichMedia.from_dict(d.pop("richMedia"))

        conversation_reply_viber_request = cls(
            text=text,
            rich_media=rich_media,
        )

        conversation_reply_viber_request.additional_properties = d
        return conversation_reply_viber_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
