from enum import StrEnum


class NewOtpRequestPinType(StrEnum):
    ALPHANUMERIC = "alphanumeric"
    LETTERS = "letters"
    NUMBERS = "numbers"

    def __str__(self) -> str:
        return str(self.value)
