"""SMS.CX extras beyond the client: typed results and the delivery-report webhook parser."""

from .providers.smscx import DeliveryReport, MessageReport, Otp, parse_dlr

__all__ = ["DeliveryReport", "MessageReport", "Otp", "parse_dlr"]
