-- A screen's answers and its result as scored when recorded (JSON text; never rescored): TEXT on PostgreSQL,
-- CLOB on Derby (../V2__screen_documents.sql).
ALTER TABLE tr_screen ADD COLUMN answers TEXT;
ALTER TABLE tr_screen ADD COLUMN result TEXT;
