-- docker-compose.yml: one database and one owner per service, as each service's configuration expects.
CREATE ROLE registration LOGIN PASSWORD 'registration';
CREATE DATABASE registration OWNER registration ENCODING 'UTF8' TEMPLATE template0;
CREATE ROLE agenda LOGIN PASSWORD 'agenda';
CREATE DATABASE agenda OWNER agenda ENCODING 'UTF8' TEMPLATE template0;
CREATE ROLE notification LOGIN PASSWORD 'notification';
CREATE DATABASE notification OWNER notification ENCODING 'UTF8' TEMPLATE template0;
