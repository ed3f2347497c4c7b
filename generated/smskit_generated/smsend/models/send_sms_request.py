from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_sms_request_encoding import SendSmsRequestEncoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsRequest")


@_attrs_define
class SendSmsRequest:
    message_type: str
    """ smsend N, L or LL; Skebby GP, TI or SI; smsenvoi PRM or MND. """
    message: str
    """ At most 1000 characters in gsm, 450 in ucs2. """
    recipient: list[str]
    sender: None | str | Unset = UNSET
    """ The TPOA; empty for message types without a custom sender. smsend's quickstart sends null for the account's
    default sender. """
    scheduled_delivery_time: str | Unset = UNSET
    """ yyyyMMddHHmmss (also ddMMyy, yyyyMMdd, ddMMyyHHmm, "yyyy-MM-dd HH:mm" and "yyyy-MM-dd HH:mm.0"). """
    scheduled_delivery_timezone: str | Unset = UNSET
    """ IANA zone of scheduled_delivery_time. """
    order_id: str | Unset = UNSET
    """ Chosen by the client; a UUID is generated when omitted. """
    return_credits: bool | Unset = UNSET
    return_remaining: bool | Unset = UNSET
    allow_invalid_recipients: bool | Unset = UNSET
    encoding: SendSmsRequestEncoding | Unset = UNSET
    id_landing: int | Unset = UNSET
    campaign_name: str | Unset = UNSET
    short_link_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type

        message = self.message

        recipient = self.recipient

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        scheduled_delivery_time = self.scheduled_delivery_time

        scheduled_delivery_timezone = self.scheduled_delivery_timezone

        order_id = self.order_id

        return_credits = self.return_credits

        return_remaining = self.return_remaining

        allow_invalid_recipients = self.allow_invalid_recipients

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        id_landing = self.id_landing

        campaign_name = self.campaign_name

        short_link_url = self.short_link_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "message": message,
                "recipient": recipient,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if scheduled_delivery_time is not UNSET:
            field_dict["scheduled_delivery_time"] = scheduled_delivery_time
        if scheduled_delivery_timezone is not UNSET:
            field_dict["scheduled_delivery_timezone"] = scheduled_delivery_timezone
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if return_credits is not UNSET:
            field_dict["returnCredits"] = return_credits
        if return_remaining is not UNSET:
            field_dict["returnRemaining"] = return_remaining
        if allow_invalid_recipients is not UNSET:
            field_dict["allowInvalidRecipients"] = allow_invalid_recipients
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if id_landing is not UNSET:
            field_dict["id_landing"] = id_landing
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if short_link_url is not UNSET:
            field_dict["short_link_url"] = short_link_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = d.pop("message_type")

        message = d.pop("message")

        recipient = cast(list[str], d.pop("recipient"))

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))

        scheduled_delivery_time = d.pop("scheduled_delivery_time", UNSET)

        scheduled_delivery_timezone = d.pop("scheduled_delivery_timezone", UNSET)

        order_id = d.pop("order_id", UNSET)

        return_credits = d.pop("returnCredits", UNSET)

        return_remaining = d.pop("returnRemaining", UNSET)

        allow_invalid_recipients = d.pop("allowInvalidRecipients", UNSET)

        _encoding = d.pop("encoding", UNSET)
        encoding: SendSmsRequestEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = SendSmsRequestEncoding(_encoding)

        id_landing = d.pop("id_landing", UNSET)

        campaign_name = d.pop("campaign_name", UNSET)

        short_link_url = d.pop("short_link_url", UNSET)

        send_sms_request = cls(
            message_type=message_type,
            message=message,
            recipient=recipient,
            sender=sender,
            scheduled_delivery_time=scheduled_delivery_time,
            scheduled_delivery_timezone=scheduled_delivery_timezone,
            order_id=order_id,
            return_credits=return_credits,
            return_remaining=return_remaining,
            allow_invalid_recipients=allow_invalid_recipients,
            encoding=encoding,
            id_landing=id_landing,
            campaign_name=campaign_name,
            short_link_url=short_link_url,
        )

        send_sms_request.additional_properties = d
        return send_sms_request

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
