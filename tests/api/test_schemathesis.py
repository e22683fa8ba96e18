"""Property-based checks of the whole API against its own OpenAPI schema (schemathesis, in-process WSGI)."""

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings

from onward.tracker import services
from onward.wsgi import application

schemathesis = pytest.importorskip("schemathesis")
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
)

pytestmark = pytest.mark.django_db
EXAMPLES_PER_OPERATION = 12


@pytest.fixture
def wsgi_in_test_transaction():
    # Like Django's test client: the app must not close the connection that holds the test's transaction.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield application
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


def test_every_operation_answers_within_its_schema(alice, alice_key, bob, wsgi_in_test_transaction):
    # Some rows to find, including another user's that must stay out of reach.
    app = services.create_application(alice, company_name="Acme", title="Engineer")
    services.add_task(alice, title="Follow up", application=app)
    services.create_application(bob, company_name="Initech", title="Theirs")
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", wsgi_in_test_transaction)
    headers = {"Authorization": f"Bearer {alice_key}"}
    checks = [not_a_server_error, response_schema_conformance, content_type_conformance]
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10

    # Valid requests must succeed within the schema; invalid ones must get a 4xx, never a server error.
    modes = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    for operation, mode in [(op, mode) for op in operations for mode in modes]:

        @settings(
            max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(generation_mode=mode))
        def check(case):
            response = case.call(headers=headers)
            case.validate_response(response, checks=checks)

        check()
