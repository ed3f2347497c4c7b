"""Contains all the data models used in inputs/outputs"""

from .accepted import Accepted
from .account_balance import AccountBalance
from .add_contacts_to_group_request import AddContactsToGroupRequest
from .add_contacts_to_group_response import AddContactsToGroupResponse
from .add_contacts_to_group_with_fields_request import AddContactsToGroupWithFieldsRequest
from .application_settings_response import ApplicationSettingsResponse
from .applications_list_response import ApplicationsListResponse
from .attachment_delete_response import AttachmentDeleteResponse
from .attachment_details_response import AttachmentDetailsResponse
from .attachment_list_response import AttachmentListResponse
from .attachments import Attachments
from .bulk_lookup_campaigns_response import BulkLookupCampaignsResponse
from .cancel_otp_response import CancelOtpResponse
from .cancel_otp_response_info import CancelOtpResponseInfo
from .cancel_rent_response import CancelRentResponse
from .channels_status import ChannelsStatus
from .conversation_details_response import ConversationDetailsResponse
from .conversation_read_response import ConversationReadResponse
from .conversation_reply_sms_request import ConversationReplySmsRequest
from .conversation_reply_sms_response import ConversationReplySmsResponse
from .conversation_reply_viber_request import ConversationReplyViberRequest
from .conversation_reply_viber_request_rich_media import ConversationReplyViberRequestRichMedia
from .conversation_reply_viber_respone import ConversationReplyViberRespone
from .conversation_reply_whatsapp_request import ConversationReplyWhatsappRequest
from .conversation_reply_whatsapp_request_rich_media import ConversationReplyWhatsappRequestRichMedia
from .conversation_reply_whatsapp_response import ConversationReplyWhatsappResponse
from .conversations_list_response import ConversationsListResponse
from .custom_fields import CustomFields
from .custom_fields_custom_field_name import CustomFieldsCustomFieldName
from .custom_fields_obj import CustomFieldsObj
from .data_applications_list import DataApplicationsList
from .data_attachment import DataAttachment
from .data_available_numbers_rent import DataAvailableNumbersRent
from .data_conversation import DataConversation
from .data_conversation_reply import DataConversationReply
from .data_conversation_rich_media import DataConversationRichMedia
from .data_conversations import DataConversations
from .data_groups import DataGroups
from .data_groups_details import DataGroupsDetails
from .data_lookup_campaigns import DataLookupCampaigns
from .data_multichannel import DataMultichannel
from .data_number_lookup import DataNumberLookup
from .data_number_validate import DataNumberValidate
from .data_numbers_lookup import DataNumbersLookup
from .data_optouts import DataOptouts
from .data_originators_list import DataOriginatorsList
from .data_otp import DataOtp
from .data_rented_numbers import DataRentedNumbers
from .data_report_campaign import DataReportCampaign
from .data_reports import DataReports
from .data_reports_campaigns import DataReportsCampaigns
from .data_shortlink_detail import DataShortlinkDetail
from .data_shortlink_list import DataShortlinkList
from .data_sms import DataSms
from .data_summary import DataSummary
from .data_summary_delivery import DataSummaryDelivery
from .data_template import DataTemplate
from .data_templates_list import DataTemplatesList
from .data_viber import DataViber
from .data_whatsapp import DataWhatsapp
from .delete_contact import DeleteContact
from .delete_group import DeleteGroup
from .delete_scheduled_campaign import DeleteScheduledCampaign
from .delete_scheduled_campaign_info import DeleteScheduledCampaignInfo
from .delete_scheduled_msg import DeleteScheduledMsg
from .delete_scheduled_msg_info import DeleteScheduledMsgInfo
from .delivered import Delivered
from .edit_rent_request import EditRentRequest
from .edit_rent_response import EditRentResponse
from .edit_rent_response_info import EditRentResponseInfo
from .error import Error
from .error_response import ErrorResponse
from .failed import Failed
from .get_rent_status_response import GetRentStatusResponse
from .group import Group
from .group_add import GroupAdd
from .group_add_custom_fields import GroupAddCustomFields
from .group_details_response import GroupDetailsResponse
from .group_response import GroupResponse
from .groups_list import GroupsList
from .inbound_sms import InboundSms
from .inbound_sms_response import InboundSmsResponse
from .inbound_sms_response_data_item import InboundSmsResponseDataItem
from .inbound_sms_response_info import InboundSmsResponseInfo
from .info import Info
from .info_attachment import InfoAttachment
from .info_cancel_rent import InfoCancelRent
from .info_conversation import InfoConversation
from .info_conversation_reply import InfoConversationReply
from .info_delete_group import InfoDeleteGroup
from .info_delete_scheduled_campaign import InfoDeleteScheduledCampaign
from .info_delete_scheduled_msg import InfoDeleteScheduledMsg
from .info_group import InfoGroup
from .info_groups import InfoGroups
from .info_groups_add_contacts_response import InfoGroupsAddContactsResponse
from .info_groups_contact_deleted import InfoGroupsContactDeleted
from .info_id import InfoId
from .info_lookup_details import InfoLookupDetails
from .info_multichannel import InfoMultichannel
from .info_multichannel_campaign import InfoMultichannelCampaign
from .info_new_group import InfoNewGroup
from .info_numbers_lookup import InfoNumbersLookup
from .info_optout import InfoOptout
from .info_optouts import InfoOptouts
from .info_optouts_new import InfoOptoutsNew
from .info_originator import InfoOriginator
from .info_phone_number_update import InfoPhoneNumberUpdate
from .info_renew_number import InfoRenewNumber
from .info_rent_number import InfoRentNumber
from .info_rent_status import InfoRentStatus
from .info_report_campaign import InfoReportCampaign
from .info_reports import InfoReports
from .info_reports_campaigns import InfoReportsCampaigns
from .info_shortlink_detail import InfoShortlinkDetail
from .info_shortlink_new import InfoShortlinkNew
from .info_template import InfoTemplate
from .info_template_update import InfoTemplateUpdate
from .info_viber import InfoViber
from .info_viber_campaign import InfoViberCampaign
from .info_whatsapp import InfoWhatsapp
from .lookup import Lookup
from .multichannel import Multichannel
from .network import Network
from .network_operator import NetworkOperator
from .network_operator_operator_name import NetworkOperatorOperatorName
from .new_group_request import NewGroupRequest
from .new_group_response import NewGroupResponse
from .new_otp_request import NewOtpRequest
from .new_otp_request_pin_type import NewOtpRequestPinType
from .no_coverage import NoCoverage
from .number_lookup_response import NumberLookupResponse
from .number_validate_response import NumberValidateResponse
from .numbers_bulk_lookup_result import NumbersBulkLookupResult
from .numbers_lookup_request import NumbersLookupRequest
from .numbers_lookup_response import NumbersLookupResponse
from .numbers_validate_request import NumbersValidateRequest
from .numbers_validate_response import NumbersValidateResponse
from .numbers_validate_response_info import NumbersValidateResponseInfo
from .oauth_token_request import OauthTokenRequest
from .oauth_token_request_grant_type import OauthTokenRequestGrantType
from .oauth_token_response import OauthTokenResponse
from .optouts import Optouts
from .optouts_delete_response import OptoutsDeleteResponse
from .optouts_list_response import OptoutsListResponse
from .optouts_new_response import OptoutsNewResponse
from .original_network import OriginalNetwork
from .originator_new_request import OriginatorNewRequest
from .originator_new_response import OriginatorNewResponse
from .originators_list_response import OriginatorsListResponse
from .otp import Otp
from .outbound_sms import OutboundSms
from .paging import Paging
from .phone_numbers_by_country import PhoneNumbersByCountry
from .phone_numbers_by_country_country_code import PhoneNumbersByCountryCountryCode
from .ported_network import PortedNetwork
from .pricing_sms_response import PricingSmsResponse
from .pricing_sms_response_country_code import PricingSmsResponseCountryCode
from .pricing_viber_whatsapp_response import PricingViberWhatsappResponse
from .quiet_hours import QuietHours
from .renew_cost import RenewCost
from .renew_number_response import RenewNumberResponse
from .renew_rent_request import RenewRentRequest
from .rent_cost import RentCost
from .rent_number_request import RentNumberRequest
from .rent_number_response import RentNumberResponse
from .rent_numbers_response import RentNumbersResponse
from .rented_numbers_response import RentedNumbersResponse
from .report_single_response import ReportSingleResponse
from .reports_advanced_response import ReportsAdvancedResponse
from .reports_campaign_response import ReportsCampaignResponse
from .reports_campaigns_respone import ReportsCampaignsRespone
from .reports_summary_channel_response import ReportsSummaryChannelResponse
from .reports_summary_channel_response_data import ReportsSummaryChannelResponseData
from .reports_summary_country_response import ReportsSummaryCountryResponse
from .reports_summary_country_response_data import ReportsSummaryCountryResponseData
from .reports_summary_delivery_response import ReportsSummaryDeliveryResponse
from .reports_summary_delivery_response_data import ReportsSummaryDeliveryResponseData
from .reports_summary_source_response import ReportsSummarySourceResponse
from .reports_summary_source_response_data import ReportsSummarySourceResponseData
from .reports_summary_traffic_response import ReportsSummaryTrafficResponse
from .reports_summary_traffic_response_data import ReportsSummaryTrafficResponseData
from .rich_media import RichMedia
from .roaming_network import RoamingNetwork
from .scheduled import Scheduled
from .send_multichannel_campaign_request import SendMultichannelCampaignRequest
from .send_multichannel_campaign_request_estimate import SendMultichannelCampaignRequestEstimate
from .send_multichannel_campaign_response import SendMultichannelCampaignResponse
from .send_multichannel_message_request import SendMultichannelMessageRequest
from .send_multichannel_message_request_estimate import SendMultichannelMessageRequestEstimate
from .send_multichannel_message_response import SendMultichannelMessageResponse
from .send_sms_campaign_request import SendSmsCampaignRequest
from .send_sms_campaign_request_estimate import SendSmsCampaignRequestEstimate
from .send_sms_campaign_response import SendSmsCampaignResponse
from .send_sms_message_request import SendSmsMessageRequest
from .send_sms_message_response import SendSmsMessageResponse
from .send_sms_request_estimate import SendSmsRequestEstimate
from .send_viber_campaign_request import SendViberCampaignRequest
from .send_viber_campaign_request_estimate import SendViberCampaignRequestEstimate
from .send_viber_campaign_response import SendViberCampaignResponse
from .send_viber_message_request import SendViberMessageRequest
from .send_viber_message_request_estimate import SendViberMessageRequestEstimate
from .send_viber_message_response import SendViberMessageResponse
from .send_whatsapp_message_request import SendWhatsappMessageRequest
from .send_whatsapp_message_request_estimate import SendWhatsappMessageRequestEstimate
from .send_whatsapp_message_response import SendWhatsappMessageResponse
from .settings import Settings
from .shortlink_delete_response import ShortlinkDeleteResponse
from .shortlink_details_response import ShortlinkDetailsResponse
from .shortlink_new_request import ShortlinkNewRequest
from .shortlink_new_response import ShortlinkNewResponse
from .shortlink_update_request import ShortlinkUpdateRequest
from .shortlink_update_response import ShortlinkUpdateResponse
from .shortlinks import Shortlinks
from .shortlinks_list_response import ShortlinksListResponse
from .sms import Sms
from .status import Status
from .strategy import Strategy
from .template_details_response import TemplateDetailsResponse
from .templates_delete_response import TemplatesDeleteResponse
from .templates_list_response import TemplatesListResponse
from .templates_new_request import TemplatesNewRequest
from .templates_new_response import TemplatesNewResponse
from .templates_update_request import TemplatesUpdateRequest
from .templates_update_response import TemplatesUpdateResponse
from .text_analysis import TextAnalysis
from .transliteration import Transliteration
from .transliteration_alphabet import TransliterationAlphabet
from .transliteration_app_settings import TransliterationAppSettings
from .update_number_request import UpdateNumberRequest
from .update_number_response import UpdateNumberResponse
from .verify_pin_request import VerifyPinRequest
from .verify_pin_response import VerifyPinResponse
from .viber import Viber
from .viber_whatsapp_pricing import ViberWhatsappPricing
from .whatsapp import Whatsapp

__all__ = (
    "Accepted",
    "AccountBalance",
    "AddContactsToGroupRequest",
    "AddContactsToGroupResponse",
    "AddContactsToGroupWithFieldsRequest",
    "ApplicationSettingsResponse",
    "ApplicationsListResponse",
    "AttachmentDeleteResponse",
    "AttachmentDetailsResponse",
    "AttachmentListResponse",
    "Attachments",
    "BulkLookupCampaignsResponse",
    "CancelOtpResponse",
    "CancelOtpResponseInfo",
    "CancelRentResponse",
    "ChannelsStatus",
    "ConversationDetailsResponse",
    "ConversationReadResponse",
    "ConversationReplySmsRequest",
    "ConversationReplySmsResponse",
    "ConversationReplyViberRequest",
    "ConversationReplyViberRequestRichMedia",
    "ConversationReplyViberRespone",
    "ConversationReplyWhatsappRequest",
    "ConversationReplyWhatsappRequestRichMedia",
    "ConversationReplyWhatsappResponse",
    "ConversationsListResponse",
    "CustomFields",
    "CustomFieldsCustomFieldName",
    "CustomFieldsObj",
    "DataApplicationsList",
    "DataAttachment",
    "DataAvailableNumbersRent",
    "DataConversation",
    "DataConversationReply",
    "DataConversationRichMedia",
    "DataConversations",
    "DataGroups",
    "DataGroupsDetails",
    "DataLookupCampaigns",
    "DataMultichannel",
    "DataNumberLookup",
    "DataNumbersLookup",
    "DataNumberValidate",
    "DataOptouts",
    "DataOriginatorsList",
    "DataOtp",
    "DataRentedNumbers",
    "DataReportCampaign",
    "DataReports",
    "DataReportsCampaigns",
    "DataShortlinkDetail",
    "DataShortlinkList",
    "DataSms",
    "DataSummary",
    "DataSummaryDelivery",
    "DataTemplate",
    "DataTemplatesList",
    "DataViber",
    "DataWhatsapp",
    "DeleteContact",
    "DeleteGroup",
    "DeleteScheduledCampaign",
    "DeleteScheduledCampaignInfo",
    "DeleteScheduledMsg",
    "DeleteScheduledMsgInfo",
    "Delivered",
    "EditRentRequest",
    "EditRentResponse",
    "EditRentResponseInfo",
    "Error",
    "ErrorResponse",
    "Failed",
    "GetRentStatusResponse",
    "Group",
    "GroupAdd",
    "GroupAddCustomFields",
    "GroupDetailsResponse",
    "GroupResponse",
    "GroupsList",
    "InboundSms",
    "InboundSmsResponse",
    "InboundSmsResponseDataItem",
    "InboundSmsResponseInfo",
    "Info",
    "InfoAttachment",
    "InfoCancelRent",
    "InfoConversation",
    "InfoConversationReply",
    "InfoDeleteGroup",
    "InfoDeleteScheduledCampaign",
    "InfoDeleteScheduledMsg",
    "InfoGroup",
    "InfoGroups",
    "InfoGroupsAddContactsResponse",
    "InfoGroupsContactDeleted",
    "InfoId",
    "InfoLookupDetails",
    "InfoMultichannel",
    "InfoMultichannelCampaign",
    "InfoNewGroup",
    "InfoNumbersLookup",
    "InfoOptout",
    "InfoOptouts",
    "InfoOptoutsNew",
    "InfoOriginator",
    "InfoPhoneNumberUpdate",
    "InfoRenewNumber",
    "InfoRentNumber",
    "InfoRentStatus",
    "InfoReportCampaign",
    "InfoReports",
    "InfoReportsCampaigns",
    "InfoShortlinkDetail",
    "InfoShortlinkNew",
    "InfoTemplate",
    "InfoTemplateUpdate",
    "InfoViber",
    "InfoViberCampaign",
    "InfoWhatsapp",
    "Lookup",
    "Multichannel",
    "Network",
    "NetworkOperator",
    "NetworkOperatorOperatorName",
    "NewGroupRequest",
    "NewGroupResponse",
    "NewOtpRequest",
    "NewOtpRequestPinType",
    "NoCoverage",
    "NumberLookupResponse",
    "NumbersBulkLookupResult",
    "NumbersLookupRequest",
    "NumbersLookupResponse",
    "NumbersValidateRequest",
    "NumbersValidateResponse",
    "NumbersValidateResponseInfo",
    "NumberValidateResponse",
    "OauthTokenRequest",
    "OauthTokenRequestGrantType",
    "OauthTokenResponse",
    "Optouts",
    "OptoutsDeleteResponse",
    "OptoutsListResponse",
    "OptoutsNewResponse",
    "OriginalNetwork",
    "OriginatorNewRequest",
    "OriginatorNewResponse",
    "OriginatorsListResponse",
    "Otp",
    "OutboundSms",
    "Paging",
    "PhoneNumbersByCountry",
    "PhoneNumbersByCountryCountryCode",
    "PortedNetwork",
    "PricingSmsResponse",
    "PricingSmsResponseCountryCode",
    "PricingViberWhatsappResponse",
    "QuietHours",
    "RenewCost",
    "RenewNumberResponse",
    "RenewRentRequest",
    "RentCost",
    "RentedNumbersResponse",
    "RentNumberRequest",
    "RentNumberResponse",
    "RentNumbersResponse",
    "ReportsAdvancedResponse",
    "ReportsCampaignResponse",
    "ReportsCampaignsRespone",
    "ReportSingleResponse",
    "ReportsSummaryChannelResponse",
    "ReportsSummaryChannelResponseData",
    "ReportsSummaryCountryResponse",
    "ReportsSummaryCountryResponseData",
    "ReportsSummaryDeliveryResponse",
    "ReportsSummaryDeliveryResponseData",
    "ReportsSummarySourceResponse",
    "ReportsSummarySourceResponseData",
    "ReportsSummaryTrafficResponse",
    "ReportsSummaryTrafficResponseData",
    "RichMedia",
    "RoamingNetwork",
    "Scheduled",
    "SendMultichannelCampaignRequest",
    "SendMultichannelCampaignRequestEstimate",
    "SendMultichannelCampaignResponse",
    "SendMultichannelMessageRequest",
    "SendMultichannelMessageRequestEstimate",
    "SendMultichannelMessageResponse",
    "SendSmsCampaignRequest",
    "SendSmsCampaignRequestEstimate",
    "SendSmsCampaignResponse",
    "SendSmsMessageRequest",
    "SendSmsMessageResponse",
    "SendSmsRequestEstimate",
    "SendViberCampaignRequest",
    "SendViberCampaignRequestEstimate",
    "SendViberCampaignResponse",
    "SendViberMessageRequest",
    "SendViberMessageRequestEstimate",
    "SendViberMessageResponse",
    "SendWhatsappMessageRequest",
    "SendWhatsappMessageRequestEstimate",
    "SendWhatsappMessageResponse",
    "Settings",
    "ShortlinkDeleteResponse",
    "ShortlinkDetailsResponse",
    "ShortlinkNewRequest",
    "ShortlinkNewResponse",
    "Shortlinks",
    "ShortlinksListResponse",
    "ShortlinkUpdateRequest",
    "ShortlinkUpdateResponse",
    "Sms",
    "Status",
    "Strategy",
    "TemplateDetailsResponse",
    "TemplatesDeleteResponse",
    "TemplatesListResponse",
    "TemplatesNewRequest",
    "TemplatesNewResponse",
    "TemplatesUpdateRequest",
    "TemplatesUpdateResponse",
    "TextAnalysis",
    "Transliteration",
    "TransliterationAlphabet",
    "TransliterationAppSettings",
    "UpdateNumberRequest",
    "UpdateNumberResponse",
    "VerifyPinRequest",
    "VerifyPinResponse",
    "Viber",
    "ViberWhatsappPricing",
    "Whatsapp",
)
