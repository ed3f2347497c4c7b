from enum import StrEnum


class SendSmsRequestEncoding(StrEnum):
    GSM = "gsm"
    UCS2 = "ucs2"

    def __str__(self) -> str:
        return str(self.value)
