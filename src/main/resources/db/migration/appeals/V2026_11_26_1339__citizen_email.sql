-- An optional e-mail address for replies and follow-ups (Open311's email field, the channel API,
-- the forms). Kept like the mobile number: masked for staff who don't need it.
alter table appeals.appeal add column citizen_email varchar(254);
