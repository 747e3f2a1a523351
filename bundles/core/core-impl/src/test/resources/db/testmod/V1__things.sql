-- a test module's table
CREATE TABLE test_thing (
  id INTEGER NOT NULL PRIMARY KEY,
  name VARCHAR(20)
);
INSERT INTO test_thing (id, name) VALUES (1, 'one');
