"""smskit and SMS.CX's own published SDK (smscx-client) put the same request on the wire."""

from __future__ import annotations

import smscx_client
from loopback import LoopbackServer
from smscx_client.api import sms_api
from smscx_client.model.send_sms_message_request import SendSmsMessageRequest
from smscx_client.model.transliteration import Transliteration
from smscx_replies import accepted

import smskit

KEY = "published-sdk-compare-key-1"
IDEMPOTENCY = "bf325375-e030-4ccb-a009-17317c574773"
TRACK = "0c7a5d2e-98f1-4b8e-8d7e-1e2f3a4b5c6d"


def test_same_method_path_api_key_and_json_fields(server: LoopbackServer) -> None:
    server.handle(accepted)
    numbers = ["+31612469001", "+447400508501", "+4915123835301"]

    configuration = smscx_client.Configuration(host=server.url, api_key=KEY)
    with smscx_client.ApiClient(configuration) as api_client:
        published = sms_api.SmsApi(api_client).send_sms(
            SendSmsMessageRequest(
                to=numbers,
                _from="InfoText",
                text="Redeem this voucher {{optoutLink}}",
                idempotency_id=IDEMPOTENCY,
                track_data=TRACK,
                dlr_callback_url="https://example.com/dlr",
                allow_invalid=True,
                transliteration=Transliteration(alphabet="POLISH", remove_emojis=True),
            )
        )
    with smskit.Smscx(api_key=KEY, base_url=server.url) as cx:
        ours = cx.send(
            to=numbers,
            text="Redeem this voucher {{optoutLink}}",
            sender="InfoText",
            idempotency_id=IDEMPOTENCY,
            track_data=TRACK,
            dlr_callback_url="https://example.com/dlr",
            allow_invalid=True,
            transliteration=smskit.smscx.Transliteration(
                alphabet=smskit.smscx.TransliterationAlphabet.POLISH, remove_emojis=True
            ),
        )

    theirs_request, our_request = server.received
    assert (our_request.method, our_request.path) == (theirs_request.method, theirs_request.path)
    assert our_request.headers["X-API-KEY"] == theirs_request.headers["X-API-KEY"] == KEY
    assert our_request.json() == theirs_request.json()
    assert our_request.headers["Content-Type"].startswith("application/json")
    # and both read the same answer the same way
    assert list(ours.ids) == [item.msg_id for item in published.data]
