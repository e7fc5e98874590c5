#!/usr/bin/env python3
"""Writes the bad-input catalogue (server/src/test/resources/bad-inputs/<dialect>.tsv) that BadInputCatalogueTest
runs through the real server. Each case: id, category, method, path, body, expected outcome, field the error must name.
The cases are systematic: every text field of a write of every dialect gets every kind of hostile text; plus
malformed JSON, wrong types and bad credentials. Run from the repository root:
    python3 server/src/test/fuzz/bad-inputs.py
Placeholders, filled at run time: ${CP} (the e2e counterparty), ${ISSUER}, ${customerId} (a customer the bLink client
may see), ${cif} (an ESB customer), ${unique} (fresh per case), ${crm} / ${crmToken}, ${esbClient} / ${esbSecret},
${appKey}.
"""
import json, os

OUT = os.path.dirname(os.path.abspath(__file__)) + '/../resources/bad-inputs'

# hostile text: (category, name, value); every one must be refused in a single-line text field
SINGLE_LINE = [
    ('control', 'nul', 'ab\u0000cd'), ('control', 'soh', 'ab\u0001cd'), ('control', 'escape', 'ab\u001bcd'),
    ('control', 'del', 'ab\u007fcd'), ('control', 'c1-next-line', 'ab\u0085cd'), ('control', 'line-feed', 'ab\ncd'),
    ('control', 'carriage-return', 'ab\rcd'), ('control', 'tab', 'ab\tcd'), ('control', 'form-feed', 'ab\u000ccd'),
    ('invisible', 'zero-width-space', 'ab\u200bcd'), ('invisible', 'zero-width-joiner', 'ab\u200dcd'),
    ('invisible', 'byte-order-mark', 'ab\ufeffcd'), ('invisible', 'soft-hyphen', 'ab\u00adcd'),
    ('invisible', 'word-joiner', 'ab\u2060cd'), ('bidi', 'right-to-left-override', 'ab\u202ecd'),
    ('bidi', 'left-to-right-isolate', 'ab\u2066cd'), ('bidi', 'pop-directional', 'ab\u202ccd'),
    ('separator', 'line-separator', 'ab\u2028cd'), ('private-use', 'private-use', 'ab\ue000cd'),
    ('length', 'too-long', 'x' * 5000),
]
# free text keeps line breaks and tabs, but nothing else
MULTILINE = [c for c in SINGLE_LINE if c[1] not in ('line-feed', 'carriage-return', 'tab')]

def text_cases(fields, build, expect, field_name, multiline=()):
    cases = []
    for field in fields:
        for category, name, value in (MULTILINE if field in multiline else SINGLE_LINE):
            method, path, body = build(field, value)
            cases.append((f'{field}-{name}', category, method, path, body, expect, field_name(field)))
    return cases

def write(dialect, cases):
    with open(f'{OUT}/{dialect}.tsv', 'w', encoding='utf-8') as f:
        f.write('# id\tcategory\tmethod\tpath\tbody\texpect\tfield\n')
        for case in cases:
            assert all('\t' not in str(c) and '\n' not in str(c) for c in case), case
            f.write('\t'.join(case) + '\n')
    print(f'{dialect}: {len(cases)} cases')
    return len(cases)

def js(value):
    return json.dumps(value, ensure_ascii=True)

total = 0

# counterparty REST: create a wallet customer
def cp_body(overrides):
    body = {'asset_code': 'UAH', 'asset_issuer': '${ISSUER}', 'name': 'Olena', 'surname': 'Koval', 'login': 'bad.${unique}'}
    body.update(overrides)
    return js(body)
cp = text_cases(['name', 'surname', 'login'], lambda f, v: ('POST', '/api/v1/counterparty/${CP}/customers', cp_body({f: v})),
                'http:400', lambda f: f)
for field in ('name', 'surname', 'login'):
    cp.append((f'{field}-number', 'type', 'POST', '/api/v1/counterparty/${CP}/customers', cp_body({field: 12345}), 'http:400', field))
    cp.append((f'{field}-boolean', 'type', 'POST', '/api/v1/counterparty/${CP}/customers', cp_body({field: True}), 'http:400', field))
cp.append(('unknown-field', 'type', 'POST', '/api/v1/counterparty/${CP}/customers', cp_body({'admin': True}), 'http:400', 'admin'))
cp.append(('duplicate-key', 'json', 'POST', '/api/v1/counterparty/${CP}/customers',
           '{"name":"a","name":"b","surname":"K","login":"bad.${unique}","asset_code":"UAH","asset_issuer":"${ISSUER}"}', 'http:400', '-'))
cp.append(('trailing-content', 'json', 'POST', '/api/v1/counterparty/${CP}/customers', cp_body({}) + ' {}', 'http:400', '-'))
cp.append(('huge-exponent', 'json', 'POST', '/api/v1/counterparty/${CP}/customers', cp_body({}).replace('"Olena"', '1e99999999999'), 'http:400', '-'))
total += write('counterparty', cp)

# bLink: add an address, add a contact detail
def address(overrides):
    body = {'addressType': 'home', 'country': 'LT', 'city': 'Kaunas', 'streetName': 'Laisvės al.', 'streetNo': '1',
            'postalCode': '44001'}
    body.update(overrides)
    return js(body)
blink = text_cases(['city', 'streetName', 'streetNo', 'postalCode', 'district', 'town', 'building', 'floor', 'apartment', 'detail'],
                   lambda f, v: ('POST', '/blink/v1/customers/${customerId}/addresses', address({f: v})), 'http:400',
                   lambda f: f, multiline=('detail',))
def contact(overrides):
    body = {'contactMedium': 'email', 'mediumType': 'primary', 'content': 'bad.${unique}@example.invalid'}
    body.update(overrides)
    return js(body)
blink += text_cases(['additionalInformation'], lambda f, v: ('POST', '/blink/v1/persons/${customerId}/contactdetails', contact({f: v})),
                    'http:400', lambda f: f, multiline=('additionalInformation',))
blink.append(('address-number-for-text', 'type', 'POST', '/blink/v1/customers/${customerId}/addresses', address({'city': 7}), 'http:400', 'city'))
blink.append(('address-unknown-field', 'type', 'POST', '/blink/v1/customers/${customerId}/addresses', address({'owner': 'x'}), 'http:400', 'owner'))
blink.append(('address-trailing-content', 'json', 'POST', '/blink/v1/customers/${customerId}/addresses', address({}) + 'x', 'http:400', '-'))
total += write('blink', blink)

# callAction: an individual customer
def individual(overrides):
    info = {'firstName': 'Ioana', 'lastName': 'Popescu', 'email': 'bad.${unique}@example.invalid', 'mobilePhone': '0721 234 567'}
    info.update(overrides)
    return js({'Request': {'ActionName': 'FTOS_ACC_CB_AddUpdateIndividualCustomer', 'Data': {'CustomerInfo': info}},
               'ApiInfo': {'UserName': '${crm}', 'Token': '${crmToken}'}})
callaction = text_cases(['firstName', 'lastName'], lambda f, v: ('POST', '/api/openApi/CallAction', individual({f: v})),
                        'callaction:VALIDATION_FAILED', lambda f: 'CustomerInfo.' + f)
callaction.append(('duplicate-key', 'json', 'POST', '/api/openApi/CallAction', individual({}).replace('{"Request"', '{"Request":{},"Request"'),
                   'http:400', '-'))
callaction.append(('trailing-content', 'json', 'POST', '/api/openApi/CallAction', individual({}) + ' []', 'http:400', '-'))
callaction.append(('spaced-user-name', 'credentials', 'POST', '/api/openApi/CallAction', individual({}).replace('"${crm}"', '" ${crm}"'),
                   'http:401', '-'))
callaction.append(('spaced-token', 'credentials', 'POST', '/api/openApi/CallAction', individual({}).replace('"${crmToken}"', '"${crmToken} "'),
                   'http:401', '-'))
total += write('callaction', callaction)

# ESB: create-ekyc-account, update-blacklist-customer
def esb(data):
    return js({'header': {'requestId': 'bad-${unique}', 'channel': 'MB', 'clientId': '${esbClient}', 'clientSecret': '${esbSecret}',
                          'requestTime': '2026-01-15T16:00:00+07:00'}, 'data': data})
def ekyc(overrides):
    data = {'legalId': '079${unique9}', 'firstName': 'Lan', 'lastName': 'Tran', 'birthDate': '1996-02-29', 'phoneNumber': '09${unique8}',
            'username': 'bad.${unique}', 'currency': 'VND', 'ekycVerifiedAt': '2026-01-15T15:40:00+07:00'}
    data.update(overrides)
    return esb(data)
esb_cases = text_cases(['firstName', 'lastName', 'middleName'], lambda f, v: ('POST', '/accountService/v1/create-ekyc-account', ekyc({f: v})),
                       'esb:01', lambda f: 'data.' + f)
esb_cases += text_cases(['reason'], lambda f, v: ('POST', '/accountService/v1/update-blacklist-customer',
                                                  esb({'cif': '${cif}', 'action': 'BLOCK', 'reason': v})),
                        'esb:01', lambda f: 'data.' + f, multiline=('reason',))
for field in ('requestId', 'channel'):
    for category, name, value in SINGLE_LINE[:12]:
        body = json.loads(esb({'cif': '${cif}'}))
        body['header'][field] = value
        esb_cases.append((f'header-{field}-{name}', category, 'POST', '/accountService/v1/get-customer-by-id', js(body), 'esb:15',
                          'header.' + field))
esb_cases.append(('spaced-client-id', 'credentials', 'POST', '/accountService/v1/get-customer-by-id',
                  esb({'cif': '${cif}'}).replace('"${esbClient}"', '" ${esbClient} "'), 'esb:08', '-'))
esb_cases.append(('duplicate-header', 'json', 'POST', '/accountService/v1/get-customer-by-id',
                  esb({'cif': '${cif}'}).replace('{"header"', '{"header":{},"header"'), 'esb:10', '-'))
esb_cases.append(('trailing-content', 'json', 'POST', '/accountService/v1/get-customer-by-id', esb({'cif': '${cif}'}) + '{}', 'esb:10', '-'))
total += write('esb', esb_cases)

# inter-API: CreateDigitalCustomer
def create(overrides, header=None):
    customer = {'PhoneNumber': '555${unique7}', 'CitizenshipNumber': 10000000146, 'IsFatca': False, 'IsUSCustomer': False,
                'Email': 'bad.${unique}@example.invalid', 'NotificationOnUpdate': True, 'IsKVKKApproved': True}
    customer.update(overrides)
    head = {'AppKey': '${appKey}', 'Channel': 'API', 'ChannelSessionId': 's-1', 'ChannelRequestId': 'r-${unique}'}
    head.update(header or {})
    return js({'Header': head, 'Parameters': [{'IsGetProcess': False, 'DigitalCustomer': customer}]})
interapi = text_cases(['Email'], lambda f, v: ('POST', '/interapi/v1/CreateDigitalCustomer', create({f: v})),
                      'interapi:400', lambda f: 'Parameters[0].DigitalCustomer.' + f)
interapi += text_cases(['ChannelRequestId'], lambda f, v: ('POST', '/interapi/v1/CreateDigitalCustomer', create({}, {f: v})),
                       'interapi:400', lambda f: 'Header.' + f)
interapi.append(('spaced-app-key', 'credentials', 'POST', '/interapi/v1/CreateDigitalCustomer', create({}, {'AppKey': '${appKey} '}),
                 'interapi:401', '-'))
total += write('interapi', interapi)
print('total', total)
