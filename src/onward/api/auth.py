"""Bearer-token authentication for the API: `Authorization: Bearer onw_...`."""

from ninja.security import HttpBearer

from onward.api.tokens import user_for_key


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        user = user_for_key(token)
        if user is not None:
            request.user = user
        return user
