/// SQL for the review of an office's figures (Docs/Review.md, schema 3): the office's submissions (an office-owned
/// table that travels like its other rows), the district's review state per office, project and year, and the
/// changes a lock refused. The column lists are written out: a shipped migration never changes.
enum ReviewSchema {
    /// The district's side: `submissions` (the office's rows, digested like the others), `reviews` and
    /// `refused_changes` (the district's own, pulled by the office's devices by row revision), and the audit
    /// trail's triggers on the first two, so every submission and review action is in the trail.
    static let district =
        """
        CREATE TABLE submissions (
          office TEXT NOT NULL REFERENCES offices (code), id TEXT NOT NULL, project TEXT NOT NULL,
          year INTEGER NOT NULL, note TEXT NOT NULL, submitted_at TEXT NOT NULL,
          rh1 INTEGER NOT NULL, rh2 INTEGER NOT NULL, PRIMARY KEY (office, id));
        CREATE TABLE reviews (
          office TEXT NOT NULL REFERENCES offices (code), project TEXT NOT NULL, year INTEGER NOT NULL,
          state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'returned', 'approved')),
          by_name TEXT NOT NULL, note TEXT NOT NULL, at TEXT NOT NULL, rev INTEGER NOT NULL,
          PRIMARY KEY (office, project, year));
        CREATE INDEX reviews_office_rev ON reviews (office, rev);
        CREATE TABLE refused_changes (
          id INTEGER PRIMARY KEY AUTOINCREMENT, office TEXT NOT NULL, project TEXT NOT NULL, year INTEGER NOT NULL,
          tbl INTEGER NOT NULL, row_id TEXT NOT NULL, op INTEGER NOT NULL, clock INTEGER NOT NULL,
          device TEXT NOT NULL, row_values TEXT NOT NULL, row_text TEXT NOT NULL,
          kept_clock INTEGER NOT NULL, kept_device TEXT NOT NULL,
          state TEXT NOT NULL DEFAULT 'refused' CHECK (state IN ('refused', 'applied', 'superseded')),
          recorded_at TEXT NOT NULL, rev INTEGER NOT NULL);
        CREATE INDEX refused_changes_office_rev ON refused_changes (office, rev);
        CREATE INDEX refused_changes_lock ON refused_changes (office, project, year, state);

        """
        + DigestTriggers.district(table: "submissions")
        + AuditSchema.triggers(
            table: "submissions",
            key: "id",
            office: "office",
            columns: ["project", "year", "note", "submitted_at"]
        )
        + AuditSchema.triggers(
            table: "reviews",
            key: "project || '/' || @.year",
            office: "office",
            columns: ["state", "by_name", "note", "at"]
        )

    /// The office's side: its submissions (logged and digested like its other rows), and the mirrors of the
    /// district's review state and refused changes.
    static let street =
        """
        CREATE TABLE submissions (
          id TEXT PRIMARY KEY NOT NULL, office TEXT NOT NULL, project TEXT NOT NULL, year INTEGER NOT NULL,
          note TEXT NOT NULL, submitted_at TEXT NOT NULL, rh1 INTEGER NOT NULL, rh2 INTEGER NOT NULL);
        CREATE TABLE reviews (
          id TEXT PRIMARY KEY NOT NULL, office TEXT NOT NULL, project TEXT NOT NULL, year INTEGER NOT NULL,
          state TEXT NOT NULL, by_name TEXT NOT NULL, note TEXT NOT NULL, at TEXT NOT NULL);
        CREATE TABLE refused_changes (
          id TEXT PRIMARY KEY NOT NULL, office TEXT NOT NULL, project TEXT NOT NULL, year INTEGER NOT NULL,
          tbl TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL, version TEXT NOT NULL, row_values TEXT NOT NULL,
          state TEXT NOT NULL, recorded_at TEXT NOT NULL);

        """
        + DigestTriggers.street(table: "submissions")
        + DigestTriggers.changeLog(table: "submissions", tableID: 4)
}
