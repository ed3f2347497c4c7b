"""SMS.CX numbers: validation and lookup (single and bulk), rented numbers, inbound SMS.

Lookups and rents are charged, so they are never repeated once the request may have
arrived; validation, status reads and edits to given values are.
"""

from __future__ import annotations

from smskit_generated.smscx.api.numbers import (
    cancel_rent,
    edit_rent_settings,
    export_number_lookup_report_to_csv,
    export_number_lookup_report_to_xlsx,
    get_available_numbers,
    get_bulk_lookup_campaigns,
    get_bulk_lookup_status,
    get_inbound_sms,
    get_rent_status,
    get_rented_numbers,
    get_single_lookup_status,
    lookup_number,
    lookup_numbers,
    renew_rent,
    rent_number,
    validate_number,
    validate_numbers,
)
from smskit_generated.smscx.models import (
    BulkLookupCampaignsResponse,
    CancelRentResponse,
    DataLookupCampaigns,
    DataNumberLookup,
    EditRentResponse,
    GetRentStatusResponse,
    InboundSmsResponse,
    InboundSmsResponseDataItem,
    NumberLookupResponse,
    NumbersBulkLookupResult,
    NumbersLookupResponse,
    NumbersValidateResponse,
    NumberValidateResponse,
    RenewNumberResponse,
    RentedNumbersResponse,
    RentNumberResponse,
    RentNumbersResponse,
)

from ..._resources import Area, Mode, Operation, Paged


class Numbers(Area[Mode]):
    validate = Operation(validate_number._get_kwargs, NumberValidateResponse, idempotent=True)
    validate_many = Operation(
        validate_numbers._get_kwargs, NumbersValidateResponse, idempotent=True
    )
    lookup = Operation(lookup_number._get_kwargs, NumberLookupResponse, idempotent=False)
    lookup_many = Operation(lookup_numbers._get_kwargs, NumbersLookupResponse, idempotent=False)
    lookup_status = Operation(
        get_single_lookup_status._get_kwargs, DataNumberLookup, idempotent=True
    )
    bulk_lookups = Paged(
        get_bulk_lookup_campaigns._get_kwargs, BulkLookupCampaignsResponse, DataLookupCampaigns
    )
    bulk_lookup = Paged(
        get_bulk_lookup_status._get_kwargs, NumbersBulkLookupResult, DataNumberLookup
    )
    export_lookup_csv = Operation(
        export_number_lookup_report_to_csv._get_kwargs, bytes, idempotent=True
    )
    export_lookup_xlsx = Operation(
        export_number_lookup_report_to_xlsx._get_kwargs, bytes, idempotent=True
    )
    available = Operation(get_available_numbers._get_kwargs, RentNumbersResponse, idempotent=True)
    rent = Operation(rent_number._get_kwargs, RentNumberResponse, idempotent=False)
    rented = Operation(get_rented_numbers._get_kwargs, RentedNumbersResponse, idempotent=True)
    rent_status = Operation(get_rent_status._get_kwargs, GetRentStatusResponse, idempotent=True)
    # Each renewal extends the rent by its period again (and is charged): never repeated.
    renew = Operation(renew_rent._get_kwargs, RenewNumberResponse, idempotent=False)
    edit_rent = Operation(edit_rent_settings._get_kwargs, EditRentResponse, idempotent=True)
    cancel_rent = Operation(cancel_rent._get_kwargs, CancelRentResponse, idempotent=True)
    inbound_sms = Paged(get_inbound_sms._get_kwargs, InboundSmsResponse, InboundSmsResponseDataItem)
