-- A screen's answers and its result as scored when recorded (JSON text; never rescored). A site's instrument
-- may hold up to 200 items and long result texts, more than a VARCHAR holds on Derby: CLOB there, TEXT on
-- PostgreSQL (postgresql/V2__screen_documents.sql).
ALTER TABLE tr_screen ADD COLUMN answers CLOB;
ALTER TABLE tr_screen ADD COLUMN result CLOB;
