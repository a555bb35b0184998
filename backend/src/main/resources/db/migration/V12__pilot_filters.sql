-- The pilot list filters on the provinces of the organisations taking part.
create index organization_province_idx on organization (province);
