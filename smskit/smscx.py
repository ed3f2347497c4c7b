"""SMS.CX extras beyond the client: typed results and the delivery-report webhook parser."""

from smskit_generated.smscx.models import Transliteration, TransliterationAlphabet

from .providers.smscx import DeliveryReport, MessageReport, Otp, parse_dlr

__all__ = [
    "DeliveryReport",
    "MessageReport",
    "Otp",
    "Transliteration",
    "TransliterationAlphabet",
    "parse_dlr",
]
