"""SMS.CX account, applications and reports (all reads: safe to repeat)."""

from __future__ import annotations

from smskit_generated.smscx.api.account import (
    get_account_balance,
    get_channel_pricing,
    get_channel_pricing_by_country_iso,
    get_channels_status,
)
from smskit_generated.smscx.api.applications import (
    get_application_settings,
    get_applications_list,
    get_scopes,
)
from smskit_generated.smscx.api.multichannel import delete_scheduled_multichannel_campaign
from smskit_generated.smscx.api.reports import (
    export_advanced_report_to_csv,
    export_advanced_report_to_xlsx,
    export_campaign_report_to_csv,
    export_campaign_report_to_xlsx,
    get_advanced_report,
    get_campaign_report,
    get_campaigns_list,
    get_single_report,
    get_summary_reports,
)
from smskit_generated.smscx.api.sms import delete_scheduled_sms_campaign
from smskit_generated.smscx.api.viber import delete_scheduled_viber_campaign
from smskit_generated.smscx.models import (
    AccountBalance,
    ApplicationSettingsResponse,
    ApplicationsListResponse,
    ChannelsStatus,
    DataReportCampaign,
    DataReports,
    DataReportsCampaigns,
    DeleteScheduledCampaign,
    ReportsAdvancedResponse,
    ReportsCampaignResponse,
    ReportsCampaignsRespone,
    ReportSingleResponse,
)

from ..._resources import Area, Mode, Operation, Paged


class Account(Area[Mode]):
    balance = Operation(get_account_balance._get_kwargs, AccountBalance, idempotent=True)
    # Pricing answers are SMS-shaped or Viber/WhatsApp-shaped depending on the channel.
    pricing = Operation(get_channel_pricing._get_kwargs, object, idempotent=True)
    country_pricing = Operation(
        get_channel_pricing_by_country_iso._get_kwargs, object, idempotent=True
    )
    channels = Operation(get_channels_status._get_kwargs, ChannelsStatus, idempotent=True)


class Applications(Area[Mode]):
    list = Operation(get_applications_list._get_kwargs, ApplicationsListResponse, idempotent=True)
    get = Operation(
        get_application_settings._get_kwargs, ApplicationSettingsResponse, idempotent=True
    )
    scopes = Operation(get_scopes._get_kwargs, object, idempotent=True)


_campaigns = Paged(get_campaigns_list._get_kwargs, ReportsCampaignsRespone, DataReportsCampaigns)
_campaign = Paged(get_campaign_report._get_kwargs, ReportsCampaignResponse, DataReportCampaign)
_campaign_csv = Operation(export_campaign_report_to_csv._get_kwargs, bytes, idempotent=True)
_campaign_xlsx = Operation(export_campaign_report_to_xlsx._get_kwargs, bytes, idempotent=True)


class Reports(Area[Mode]):
    message = Operation(get_single_report._get_kwargs, ReportSingleResponse, idempotent=True)
    advanced = Paged(get_advanced_report._get_kwargs, ReportsAdvancedResponse, DataReports)
    export_csv = Operation(export_advanced_report_to_csv._get_kwargs, bytes, idempotent=True)
    export_xlsx = Operation(export_advanced_report_to_xlsx._get_kwargs, bytes, idempotent=True)
    # The summary's shape depends on the dimension (channel, country, delivery, source, ...).
    summary = Operation(get_summary_reports._get_kwargs, object, idempotent=True)
    campaigns = _campaigns
    campaign = _campaign
    export_campaign_csv = _campaign_csv
    export_campaign_xlsx = _campaign_xlsx


class Campaigns(Area[Mode]):
    """Campaigns across channels: their reports, and cancelling scheduled ones."""

    list = _campaigns
    report = _campaign
    export_csv = _campaign_csv
    export_xlsx = _campaign_xlsx
    cancel_sms = Operation(
        delete_scheduled_sms_campaign._get_kwargs, DeleteScheduledCampaign, idempotent=True
    )
    cancel_viber = Operation(
        delete_scheduled_viber_campaign._get_kwargs, DeleteScheduledCampaign, idempotent=True
    )
    cancel_multichannel = Operation(
        delete_scheduled_multichannel_campaign._get_kwargs,
        DeleteScheduledCampaign,
        idempotent=True,
    )
