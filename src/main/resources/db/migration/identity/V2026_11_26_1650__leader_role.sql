-- Leaders (领导) read hot topics, dashboards and assessments for the division they serve.
insert into identity.role(name, staff, sort_order) values ('LEADER', true, 95);
