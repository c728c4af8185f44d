-- The portal's record of everyone who has signed in through Keycloak: created at the first sign-in,
-- updated at every later one. Identity and memberships stay in Keycloak.
CREATE TABLE portal_user (
    subject      VARCHAR(64)  NOT NULL PRIMARY KEY,
    username     VARCHAR(200) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    email        VARCHAR(320),
    first_seen   TIMESTAMP(6) NOT NULL,
    last_seen    TIMESTAMP(6) NOT NULL
);
CREATE UNIQUE INDEX ux_portal_user_username ON portal_user (username);
