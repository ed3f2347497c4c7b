"""SMS.CX messaging areas: SMS, Viber, WhatsApp, multichannel, conversations, OTP.

Sends carry an ``idempotencyId`` (a fresh one unless given) wherever the provider takes one,
which makes them safe to retry; the others (OTP, conversation replies) are never retried once
they may have left. Estimates and cancellations are safe to repeat.
"""

from __future__ import annotations

from smskit_generated.smscx.api.conversations import (
    get_conversation,
    get_converstions_list,
    mark_conversation_as_read,
    send_conversation_reply_sms,
    send_conversation_reply_viber,
    send_conversation_reply_whatsapp,
)
from smskit_generated.smscx.api.multichannel import (
    delete_scheduled_multichannel_campaign,
    delete_scheduled_multichannel_message,
    estimate_multichannel_campaign,
    estimate_multichannel_message,
    send_multichannel_campaign,
    send_multichannel_message,
)
from smskit_generated.smscx.api.otp import cancel_otp, get_otp_status, new_otp, verify_otp
from smskit_generated.smscx.api.sms import (
    delete_scheduled_sms,
    delete_scheduled_sms_campaign,
    estimate_sms,
    estimate_sms_campaign,
    send_sms,
    send_sms_campaign,
)
from smskit_generated.smscx.api.viber import (
    delete_scheduled_viber_campaign,
    delete_scheduled_viber_message,
    estimate_viber_campaign,
    estimate_viber_message,
    send_viber_campaign,
    send_viber_message,
)
from smskit_generated.smscx.api.whatsapp import (
    delete_scheduled_whatsapp_message,
    estimate_whatsapp_message,
    send_whatsapp_message,
)
from smskit_generated.smscx.models import (
    CancelOtpResponse,
    ConversationDetailsResponse,
    ConversationReadResponse,
    ConversationReplySmsResponse,
    ConversationReplyViberRespone,
    ConversationReplyWhatsappResponse,
    ConversationsListResponse,
    DataOtp,
    DeleteScheduledCampaign,
    DeleteScheduledMsg,
    SendMultichannelCampaignResponse,
    SendMultichannelMessageResponse,
    SendSmsCampaignResponse,
    SendSmsMessageResponse,
    SendViberCampaignResponse,
    SendViberMessageResponse,
    SendWhatsappMessageResponse,
    VerifyPinResponse,
)

from ..._resources import Area, Mode, Operation


class Sms(Area[Mode]):
    """The raw SMS operations (``body=`` the generated request or a dict). ``cx.send`` is the
    friendlier path: numbers normalised, batches split, results as ``SendResult``."""

    send = Operation(send_sms._get_kwargs, SendSmsMessageResponse, idempotent=False, sends=True)
    estimate = Operation(estimate_sms._get_kwargs, SendSmsMessageResponse, idempotent=True)
    send_campaign = Operation(
        send_sms_campaign._get_kwargs, SendSmsCampaignResponse, idempotent=False, sends=True
    )
    estimate_campaign = Operation(
        estimate_sms_campaign._get_kwargs, SendSmsCampaignResponse, idempotent=True
    )
    cancel_scheduled = Operation(
        delete_scheduled_sms._get_kwargs, DeleteScheduledMsg, idempotent=True
    )
    cancel_scheduled_campaign = Operation(
        delete_scheduled_sms_campaign._get_kwargs, DeleteScheduledCampaign, idempotent=True
    )


class Viber(Area[Mode]):
    send = Operation(
        send_viber_message._get_kwargs, SendViberMessageResponse, idempotent=False, sends=True
    )
    estimate = Operation(
        estimate_viber_message._get_kwargs, SendViberMessageResponse, idempotent=True
    )
    send_campaign = Operation(
        send_viber_campaign._get_kwargs, SendViberCampaignResponse, idempotent=False, sends=True
    )
    estimate_campaign = Operation(
        estimate_viber_campaign._get_kwargs, SendViberCampaignResponse, idempotent=True
    )
    cancel_scheduled = Operation(
        delete_scheduled_viber_message._get_kwargs, DeleteScheduledMsg, idempotent=True
    )
    cancel_scheduled_campaign = Operation(
        delete_scheduled_viber_campaign._get_kwargs, DeleteScheduledCampaign, idempotent=True
    )


class Whatsapp(Area[Mode]):
    send = Operation(
        send_whatsapp_message._get_kwargs,
        SendWhatsappMessageResponse,
        idempotent=False,
        sends=True,
    )
    estimate = Operation(
        estimate_whatsapp_message._get_kwargs, SendWhatsappMessageResponse, idempotent=True
    )
    cancel_scheduled = Operation(
        delete_scheduled_whatsapp_message._get_kwargs, DeleteScheduledMsg, idempotent=True
    )


class Multichannel(Area[Mode]):
    """Messages that fall back from one channel to the next (Viber, WhatsApp, SMS)."""

    send = Operation(
        send_multichannel_message._get_kwargs,
        SendMultichannelMessageResponse,
        idempotent=False,
        sends=True,
    )
    estimate = Operation(
        estimate_multichannel_message._get_kwargs,
        SendMultichannelMessageResponse,
        idempotent=True,
    )
    send_campaign = Operation(
        send_multichannel_campaign._get_kwargs,
        SendMultichannelCampaignResponse,
        idempotent=False,
        sends=True,
    )
    estimate_campaign = Operation(
        estimate_multichannel_campaign._get_kwargs,
        SendMultichannelCampaignResponse,
        idempotent=True,
    )
    cancel_scheduled = Operation(
        delete_scheduled_multichannel_message._get_kwargs, DeleteScheduledMsg, idempotent=True
    )
    cancel_scheduled_campaign = Operation(
        delete_scheduled_multichannel_campaign._get_kwargs,
        DeleteScheduledCampaign,
        idempotent=True,
    )


class Conversations(Area[Mode]):
    """Two-way threads with a recipient; replies carry no idempotency key, so they are never
    retried once they may have left."""

    list = Operation(get_converstions_list._get_kwargs, ConversationsListResponse, idempotent=True)
    get = Operation(get_conversation._get_kwargs, ConversationDetailsResponse, idempotent=True)
    mark_read = Operation(
        mark_conversation_as_read._get_kwargs, ConversationReadResponse, idempotent=True
    )
    reply_sms = Operation(
        send_conversation_reply_sms._get_kwargs,
        ConversationReplySmsResponse,
        idempotent=False,
        sends=True,
    )
    reply_viber = Operation(
        send_conversation_reply_viber._get_kwargs,
        ConversationReplyViberRespone,
        idempotent=False,
        sends=True,
    )
    reply_whatsapp = Operation(
        send_conversation_reply_whatsapp._get_kwargs,
        ConversationReplyWhatsappResponse,
        idempotent=False,
        sends=True,
    )


class Otp(Area[Mode]):
    """One-time PINs. ``cx.otp_send`` / ``cx.otp_verify`` are the friendlier twins."""

    send = Operation(new_otp._get_kwargs, DataOtp, idempotent=False, sends=True)
    status = Operation(get_otp_status._get_kwargs, DataOtp, idempotent=True)
    # Each try counts against the OTP's allowed attempts: never repeated.
    verify = Operation(verify_otp._get_kwargs, VerifyPinResponse, idempotent=False)
    cancel = Operation(cancel_otp._get_kwargs, CancelOtpResponse, idempotent=True)
