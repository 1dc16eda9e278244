-- A paper's subject categories as its listing gives them (arXiv: "cs.CL", "cs.CV", the primary one first), a JSON
-- array like authors. Listing pages carry none, so every paper stored before this migration has none until its
-- listing is read again; its content hash then differs and the upsert fills them in.

ALTER TABLE papers ADD COLUMN categories TEXT NOT NULL DEFAULT '[]';
