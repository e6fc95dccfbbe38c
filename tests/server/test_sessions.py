"""Issue #13 items 2 and 7 over a real socket: login, sessions, revocation, idle expiry, throttling and lockout.

Each test makes users of its own (``new_user``) when it ends sessions or locks accounts; failed logins of one test
never throttle the next (the module's ``login_attempts`` are emptied after each test).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import delete, select, update

from desktop.models import LoginAttempt, User, UserSession, utcnow
from desktop.server.main import ThreadedServer
from desktop.services import auth, sessions
from tests.factories import PASSWORD, make_group, vin
from tests.server.conftest import Live, error_of, new_user

PROBE = ("intake.lookup_vin", {"vin": vin(1)})  # any read that needs a session


@pytest.fixture(scope="module")
def group(live: Live) -> Live:
    make_group(live.db)
    return live


@pytest.fixture(autouse=True)
def _forget_failed_logins(group: Live) -> Iterator[None]:
    """Throttling counts failures per login and per address (every test client is 127.0.0.1)."""
    yield
    with group.db.transaction() as s:
        s.execute(delete(LoginAttempt))


def probe(live: Live, token: str | None):  # noqa: ANN201 - an httpx.Response
    return live.api.call(PROBE[0], token, PROBE[1])


def session_refused(live: Live, token: str | None) -> None:
    error_of(probe(live, token), 401, "session")


# -- 1. login ---------------------------------------------------------------------------------------------------
def test_login_gives_a_token_and_the_actor_never_a_password_hash(group):
    """#13 item 2: POST /login -> {token, actor, api_version, server_version}; the actor is built by the server
    (roles, store) and carries nothing of the password; the database keeps only the token's SHA-256."""
    response = group.api.login("adv1")
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"token", "actor", "api_version", "server_version"}
    actor = body["actor"]
    assert (actor["login"], actor["store_code"], actor["roles"]) == ("adv1", "S01", ["service_advisor"])
    assert not [k for k in actor if "pass" in k or "hash" in k]
    with group.db.read() as s:
        stored_hash = s.scalar(select(User.password_hash).where(User.login == "adv1"))
        hashes = list(s.scalars(select(UserSession.token_hash)))
    assert stored_hash and stored_hash not in response.text and "argon2" not in response.text
    token = body["token"]
    assert len(token) >= 32 and token != group.api.token("adv1")  # opaque, random, one per login
    assert hashlib.sha256(token.encode()).hexdigest() in hashes and token not in hashes
    assert probe(group, token).status_code == 200


def test_wrong_password_and_unknown_login_get_the_same_401(group):
    """#13 item 2 / no user enumeration: a wrong password and a login that does not exist are refused alike."""
    wrong = error_of(group.api.login("adv1", "wrong-password"), 401, "login")
    unknown = error_of(group.api.login("nosuchuser", "wrong-password"), 401, "login")
    for key in ("code", "type", "message_zh", "message_en", "field", "rule", "data"):
        assert wrong[key] == unknown[key], key


@pytest.mark.parametrize("login", ["", "   ", "a\x00b", "\x00", "ad\nv1", "ad\tv1", "\u202eadv1", "\x1b[2J",
                                   "x" * 51, "x" * 200, "' OR 1=1 --", "adv1%00"], ids=repr)
def test_odd_login_names_are_a_401_never_a_500(group, login):
    """#13 item 2: whatever is typed into the login field is an ordinary refusal (no database or server error)."""
    error_of(group.api.login(login, PASSWORD), 401, "login")


@pytest.mark.parametrize("body", [
    {"login": "x" * 201, "password": PASSWORD},
    {"login": "adv1", "password": "p" * 1001},
    {"login": "adv1"},
    {"password": PASSWORD},
    {"login": 1, "password": PASSWORD},
    {"login": ["adv1"], "password": PASSWORD},
    ["adv1", PASSWORD],
], ids=["login too long", "password too long", "no password", "no login", "login a number", "login a list",
        "body a list"])
def test_malformed_login_bodies_are_a_400(group, body):
    error = error_of(group.api.post("/api/v1/login", body), 400, "validation")
    assert error["type"] == "desktop.rules.errors.ValidationError"


def test_login_body_that_is_not_json_is_a_400(group):
    error_of(group.api.post("/api/v1/login", raw=b"{login: adv1"), 400, "validation")
    error_of(group.api.post("/api/v1/login", raw=b'{"login": "\\ud800", "password": "x"}'), 400, "validation")


# -- 2. sessions ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("authorization", [
    None, "", "Bearer", "Bearer garbage", "Bearer " + "A" * 43, "Bearer " + "x" * 5000,
    "Basic YWR2MTpzZWNyZXQxMjM=", "bearer\tgarbage", "Token abc",
], ids=repr)
def test_no_or_garbage_token_is_a_401_session(group, authorization):
    """#13 item 2: without a live session every use case is refused with 401 kind "session"."""
    headers = {"Authorization": authorization} if authorization is not None else None
    response = group.api.call(PROBE[0], None, PROBE[1], headers=headers)
    error_of(response, 401, "session")


def test_non_ascii_token_is_a_401_session(group):
    response = group.api.http.post("/api/v1/intake/lookup_vin", json=PROBE[1],
                                   headers={"Authorization": b"Bearer \xc3\xa9\xc3\xa9\xff"})
    error_of(response, 401, "session")


def test_logout_revokes_the_token_and_only_that_one(group):
    """#13 item 2: revoked at logout: the next request with the token is 401; another session of the same user
    goes on; logging out twice is harmless."""
    first, second = group.api.token("fin1"), group.api.token("fin1")
    assert probe(group, first).status_code == 200
    assert group.api.post("/api/v1/logout", token=first).status_code == 200
    session_refused(group, first)
    assert probe(group, second).status_code == 200
    assert group.api.post("/api/v1/logout", token=first).status_code == 200
    assert group.api.post("/api/v1/logout").status_code == 200


def test_deactivation_by_master_data_ends_the_users_sessions_at_once(group):
    """#13 item 7: a deactivated user's token stops working at once (deactivated through the API by mdm1)."""
    victim = new_user(group.db, "service_advisor")
    tokens = [group.api.token(victim), group.api.token(victim)]
    assert all(probe(group, t).status_code == 200 for t in tokens)
    mdm = group.api.token("mdm1")
    assert group.api.call("users.deactivate", mdm, {"login": victim, "reason": "离职"}, key="deact-1").status_code == 200
    for token in tokens:
        session_refused(group, token)
    error_of(group.api.login(victim), 401, "login")
    assert group.api.call("users.reactivate", mdm, {"login": victim}, key="react-1").status_code == 200
    for token in tokens:
        session_refused(group, token)  # reactivating opens no old session again
    assert probe(group, group.api.token(victim)).status_code == 200


def test_password_reset_by_master_data_revokes_the_users_sessions(group):
    """#13 item 2: a password reset (users.reset_password) ends the user's sessions; the old password is dead."""
    victim = new_user(group.db, "sales_advisor")
    token = group.api.token(victim)
    mdm = group.api.token("mdm1")
    response = group.api.call("users.reset_password", mdm, {"login": victim, "new_password": "newsecret9"},
                              key="reset-1")
    assert response.status_code == 200, response.text
    assert "newsecret9" not in response.text
    session_refused(group, token)
    error_of(group.api.login(victim, PASSWORD), 401, "login")
    assert probe(group, group.api.token(victim, "newsecret9")).status_code == 200
    assert probe(group, mdm).status_code == 200  # the admin's own session goes on


def test_own_password_change_revokes_every_session_of_the_user(group):
    """#13 item 2: users.change_own_password ends all the user's sessions, the one that asked too; a wrong old
    password changes nothing and ends nothing."""
    user = new_user(group.db, "finance")
    token, other = group.api.token(user), group.api.token(user)
    wrong = group.api.call("users.change_own_password", token,
                           {"old_password": "not-it", "new_password": "brandnew9"}, key="own-0")
    assert error_of(wrong, 400, "validation")["field"] == "old_password"
    assert probe(group, token).status_code == 200
    changed = group.api.call("users.change_own_password", token,
                             {"old_password": PASSWORD, "new_password": "brandnew9"}, key="own-1")
    assert changed.status_code == 200, changed.text
    session_refused(group, token)
    session_refused(group, other)
    assert probe(group, group.api.token(user, "brandnew9")).status_code == 200


def test_roles_are_read_from_the_database_at_every_request(group):
    """#13 item 2: the server builds the actor from the token: a role change by mdm1 holds at the user's next
    request, with the same token (the client never sends roles)."""
    user = new_user(group.db, "service_advisor")
    token = group.api.token(user)
    error_of(group.api.call("audit.entries", token, {}), 403, "permission")
    mdm = group.api.token("mdm1")
    assert group.api.call("users.set_roles", mdm, {"login": user, "roles": ["customer_service"]},
                          key="roles-1").status_code == 200
    assert group.api.call("audit.entries", token, {}).status_code == 200


def _age_sessions(live: Live, login: str, by: timedelta) -> None:
    with live.db.transaction() as s:
        uid = s.scalar(select(User.id).where(User.login == login))
        s.execute(update(UserSession).where(UserSession.user_id == uid).values(last_seen_at=utcnow() - by))


def test_idle_session_expires_and_a_used_one_is_kept_alive(group):
    """#13 item 2: a session ends after ``idle`` without a request (default 4 h); a request within it moves
    last_seen_at (at most once a minute), so a desk in use is never logged out."""
    user = new_user(group.db, "customer_service")
    token = group.api.token(user)
    _age_sessions(group, user, sessions.DEFAULT_IDLE - timedelta(minutes=10))
    assert probe(group, token).status_code == 200
    with group.db.read() as s:
        seen = s.scalar(select(UserSession.last_seen_at).where(
            UserSession.token_hash == sessions.token_hash(token)))
    assert utcnow() - seen < timedelta(minutes=1)  # touched
    _age_sessions(group, user, sessions.DEFAULT_IDLE + timedelta(seconds=5))
    session_refused(group, token)
    assert probe(group, group.api.token(user)).status_code == 200  # logging in again works


def test_idle_limit_is_the_servers_setting(group):
    """#13 item 2 (``serve --idle-minutes``): create_app(db, idle=...) ends a session idle longer than that, on the
    same database where the default server still accepts it."""
    from desktop.server.app import create_app

    user = new_user(group.db, "customer_service")
    token = group.api.token(user)
    short = ThreadedServer(create_app(group.db, idle=timedelta(minutes=5), close_db=False))
    try:
        import httpx

        with httpx.Client(base_url=short.url, timeout=10) as http:
            assert http.post("/api/v1/org/stores", json={}, headers={"Authorization": f"Bearer {token}"}
                             ).status_code == 200
            _age_sessions(group, user, timedelta(minutes=6))
            refused = http.post("/api/v1/org/stores", json={}, headers={"Authorization": f"Bearer {token}"})
            error_of(refused, 401, "session")
    finally:
        short.stop()
    _age_sessions(group, user, timedelta(minutes=6))
    assert probe(group, token).status_code == 200  # 4 h on the default server


# -- 3. throttling and lockout ----------------------------------------------------------------------------------
def _throttled(live: Live, response) -> dict:  # noqa: ANN001
    error = error_of(response, 429, "throttled")
    retry = response.headers.get("Retry-After")
    assert retry is not None and retry.isdigit(), response.headers
    assert 1 <= int(retry) <= sessions.THROTTLE_WINDOW.total_seconds() + 1
    return error


def test_lockout_after_five_wrong_passwords_holds_through_the_api(group):
    """#13 item 7 (today's lockout, auth.MAX_FAILED_LOGINS): 5 wrong passwords lock the account; the right one is
    then refused with the lockout message; mdm1 unlocks it through the API and the user logs in."""
    user = new_user(group.db, "service_advisor")
    for _ in range(auth.MAX_FAILED_LOGINS):
        error_of(group.api.login(user, "wrong-pass"), 401, "login")
    locked = error_of(group.api.login(user, PASSWORD), 401, "login")
    assert "locked" in locked["message_en"]
    mdm = group.api.token("mdm1")
    assert group.api.call("users.unlock", mdm, {"login": user}, key="unlock-1").status_code == 200
    assert probe(group, group.api.token(user)).status_code == 200


def test_throttled_per_login_with_retry_after_even_with_the_right_password(group):
    """#13 item 2: after MAX_FAILURES_PER_LOGIN failures of one login, the next try is 429 with Retry-After,
    checked before the password (the right one is refused too)."""
    user = new_user(group.db, "sales_advisor")
    for _ in range(sessions.MAX_FAILURES_PER_LOGIN):
        error_of(group.api.login(user, "wrong-pass"), 401, "login")
    _throttled(group, group.api.login(user, "wrong-pass"))
    _throttled(group, group.api.login(user, PASSWORD))
    _throttled(group, group.api.login(f"  {user.upper()} ", PASSWORD))  # the same login, however it is typed
    assert probe(group, group.api.token("adv1")).status_code == 200  # other users log in from the same desk


def test_throttled_per_login_also_when_the_login_does_not_exist(group):
    """#13 item 2: the lockout counts only existing accounts; throttling counts every login name, so guessing
    a name is throttled alike (and tells nothing about whether it exists)."""
    for i in range(sessions.MAX_FAILURES_PER_LOGIN):
        error_of(group.api.login("ghostuser" if i % 2 else "GhostUser ", "guess"), 401, "login")
    _throttled(group, group.api.login("ghostuser", "guess"))


def test_throttled_per_client_address_across_logins(group):
    """#13 item 2: one workstation trying many accounts is throttled per address: after
    MAX_FAILURES_PER_ADDRESS failures (each login only once) every login from it is 429, a correct one too.
    An X-Forwarded-For header from the client changes nothing (no proxy is trusted by default)."""
    for i in range(sessions.MAX_FAILURES_PER_ADDRESS):
        error_of(group.api.login(f"spray{i}", "guess", headers={"X-Forwarded-For": f"10.0.{i}.1"}), 401, "login")
    _throttled(group, group.api.login("adv1", PASSWORD))
    _throttled(group, group.api.login("adv1", PASSWORD, headers={"X-Forwarded-For": "10.9.9.9"}))
    with group.db.read() as s:
        keys = set(s.scalars(select(LoginAttempt.key)))
    assert "addr:127.0.0.1" in keys and not [k for k in keys if k.startswith("addr:10.")]
