"""SMS.CX address book and content areas: groups and their contacts, opt-outs, templates,
short links, attachments, originators.

Creating is never retried once the request may have arrived (a second group, template or
link would be made); reading, updating to given values and deleting are safe to repeat.
"""

from __future__ import annotations

from smskit_generated.smscx.api.attachments import (
    delete_attachment,
    export_attachment_hits_to_csv,
    export_attachment_hits_to_xlsx,
    get_attachment_hits,
    get_attachments_list,
)
from smskit_generated.smscx.api.groups import (
    add_contacts_to_group,
    create_group,
    delete_contact_from_group,
    delete_group,
    empty_group,
    export_group_to_csv,
    export_group_to_xlsx,
    get_group_details,
    get_groups_list,
    update_contact_from_group,
)
from smskit_generated.smscx.api.optouts import (
    add_contact_to_optouts_list,
    delete_contact_from_optouts_list,
    export_optouts_to_csv,
    export_optouts_to_xlsx,
    get_optouts_list,
)
from smskit_generated.smscx.api.originators import (
    create_originator,
    delete_originator,
    get_originators_list,
)
from smskit_generated.smscx.api.shortlinks import (
    create_shortlink,
    delete_shortlink,
    export_shortlink_hits_to_csv,
    export_shortlink_hits_to_xlsx,
    get_shortlink_hits,
    get_shortlinks_list,
    update_shortlink,
)
from smskit_generated.smscx.api.templates import (
    create_template,
    delete_template,
    get_template,
    get_templates_list,
    update_template,
)
from smskit_generated.smscx.models import (
    AddContactsToGroupResponse,
    AttachmentDeleteResponse,
    AttachmentDetailsResponse,
    AttachmentListResponse,
    DataGroupsDetails,
    DataOptouts,
    DataShortlinkDetail,
    DeleteContact,
    DeleteGroup,
    GroupDetailsResponse,
    GroupResponse,
    GroupsList,
    NewGroupResponse,
    OptoutsDeleteResponse,
    OptoutsListResponse,
    OptoutsNewResponse,
    OriginatorNewResponse,
    OriginatorsListResponse,
    ShortlinkDeleteResponse,
    ShortlinkDetailsResponse,
    ShortlinkNewResponse,
    ShortlinksListResponse,
    ShortlinkUpdateResponse,
    TemplateDetailsResponse,
    TemplatesDeleteResponse,
    TemplatesListResponse,
    TemplatesNewResponse,
    TemplatesUpdateResponse,
    UpdateNumberResponse,
)

from ..._resources import Area, Mode, Operation, Paged

_contacts = Paged(get_group_details._get_kwargs, GroupDetailsResponse, DataGroupsDetails)
_add_contacts = Operation(
    add_contacts_to_group._get_kwargs, AddContactsToGroupResponse, idempotent=False
)
_update_contact = Operation(
    update_contact_from_group._get_kwargs, UpdateNumberResponse, idempotent=True
)
_delete_contact = Operation(delete_contact_from_group._get_kwargs, DeleteContact, idempotent=True)


class Groups(Area[Mode]):
    list = Operation(get_groups_list._get_kwargs, GroupsList, idempotent=True)
    create = Operation(create_group._get_kwargs, NewGroupResponse, idempotent=False)
    contacts = _contacts
    add_contacts = _add_contacts
    update_contact = _update_contact
    delete_contact = _delete_contact
    empty = Operation(empty_group._get_kwargs, GroupResponse, idempotent=True)
    delete = Operation(delete_group._get_kwargs, DeleteGroup, idempotent=True)
    export_csv = Operation(export_group_to_csv._get_kwargs, bytes, idempotent=True)
    export_xlsx = Operation(export_group_to_xlsx._get_kwargs, bytes, idempotent=True)


class Contacts(Area[Mode]):
    """The contacts of a group (the same operations as ``cx.groups``' contact methods)."""

    list = _contacts
    add = _add_contacts
    update = _update_contact
    delete = _delete_contact


class Optouts(Area[Mode]):
    list = Paged(get_optouts_list._get_kwargs, OptoutsListResponse, DataOptouts)
    add = Operation(add_contact_to_optouts_list._get_kwargs, OptoutsNewResponse, idempotent=False)
    delete = Operation(
        delete_contact_from_optouts_list._get_kwargs, OptoutsDeleteResponse, idempotent=True
    )
    export_csv = Operation(export_optouts_to_csv._get_kwargs, bytes, idempotent=True)
    export_xlsx = Operation(export_optouts_to_xlsx._get_kwargs, bytes, idempotent=True)


class Templates(Area[Mode]):
    list = Operation(get_templates_list._get_kwargs, TemplatesListResponse, idempotent=True)
    get = Operation(get_template._get_kwargs, TemplateDetailsResponse, idempotent=True)
    create = Operation(create_template._get_kwargs, TemplatesNewResponse, idempotent=False)
    update = Operation(update_template._get_kwargs, TemplatesUpdateResponse, idempotent=True)
    delete = Operation(delete_template._get_kwargs, TemplatesDeleteResponse, idempotent=True)


class Shortlinks(Area[Mode]):
    list = Operation(get_shortlinks_list._get_kwargs, ShortlinksListResponse, idempotent=True)
    create = Operation(create_shortlink._get_kwargs, ShortlinkNewResponse, idempotent=False)
    hits = Paged(get_shortlink_hits._get_kwargs, ShortlinkDetailsResponse, DataShortlinkDetail)
    update = Operation(update_shortlink._get_kwargs, ShortlinkUpdateResponse, idempotent=True)
    delete = Operation(delete_shortlink._get_kwargs, ShortlinkDeleteResponse, idempotent=True)
    export_csv = Operation(export_shortlink_hits_to_csv._get_kwargs, bytes, idempotent=True)
    export_xlsx = Operation(export_shortlink_hits_to_xlsx._get_kwargs, bytes, idempotent=True)


class Attachments(Area[Mode]):
    list = Operation(get_attachments_list._get_kwargs, AttachmentListResponse, idempotent=True)
    hits = Paged(get_attachment_hits._get_kwargs, AttachmentDetailsResponse, DataShortlinkDetail)
    delete = Operation(delete_attachment._get_kwargs, AttachmentDeleteResponse, idempotent=True)
    export_csv = Operation(export_attachment_hits_to_csv._get_kwargs, bytes, idempotent=True)
    export_xlsx = Operation(export_attachment_hits_to_xlsx._get_kwargs, bytes, idempotent=True)


class Originators(Area[Mode]):
    """Sender ids (alphanumeric originators) awaiting or holding approval."""

    list = Operation(get_originators_list._get_kwargs, OriginatorsListResponse, idempotent=True)
    create = Operation(create_originator._get_kwargs, OriginatorNewResponse, idempotent=False)
    delete = Operation(delete_originator._get_kwargs, OriginatorNewResponse, idempotent=True)
