import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here, never edit after release.
// Daily work: day-care attendance, roll call, care log, medication record (MAR), incidents.
const NOW = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Rows that are evidence (care notes, doses given) can be added to, never changed or removed. */
async function appendOnly(db: Kysely<unknown>, table: string, allowUpdate = false): Promise<void> {
  if (!allowUpdate)
    await sql
      .raw(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`)
      .execute(db);
  await sql
    .raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`)
    .execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE attendance_absence_reasons (
    code TEXT PRIMARY KEY,
    label TEXT,
    short TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    sort INTEGER NOT NULL
  )`.execute(db);
  await sql`INSERT INTO attendance_absence_reasons (code, label, short, sort) VALUES
    ('illness', NULL, 'K', 1), ('family', NULL, 'O', 2), ('holiday', NULL, 'T', 3), ('hospital', NULL, 'S', 4), ('unexcused', NULL, 'N', 5)`.execute(
    db,
  );

  await sql
    .raw(
      `CREATE TABLE attendance (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    date TEXT NOT NULL,
    check_in TEXT,
    check_out TEXT,
    absence_reason TEXT,
    brought_by TEXT,
    collected_by TEXT,
    note TEXT,
    overtime_reason TEXT,
    source TEXT,
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL DEFAULT ${NOW},
    updated_by INTEGER REFERENCES users (id),
    updated_at TEXT NOT NULL DEFAULT ${NOW},
    CHECK (absence_reason IS NULL OR (check_in IS NULL AND check_out IS NULL)),
    CHECK (check_out IS NULL OR check_in IS NULL OR check_out > check_in)
  )`,
    )
    .execute(db);
  await sql`CREATE UNIQUE INDEX attendance_client_date ON attendance (client_id, date)`.execute(db);
  // Today's sheet and the month grid read a date range for everyone.
  await sql`CREATE INDEX attendance_date ON attendance (date, client_id)`.execute(db);

  await sql`CREATE TABLE extended_care_agreements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    note TEXT,
    created_at TEXT NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX extended_care_agreements_client ON extended_care_agreements (client_id, valid_from)`.execute(db);

  await sql`CREATE TABLE roll_calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    date TEXT NOT NULL,
    session TEXT NOT NULL CHECK (session IN ('morning', 'evening')),
    room_id INTEGER NOT NULL REFERENCES rooms (id),
    taken_by INTEGER NOT NULL REFERENCES users (id),
    taken_at TEXT NOT NULL
  )`.execute(db);
  await sql`CREATE UNIQUE INDEX roll_calls_date_session_room ON roll_calls (date, session, room_id)`.execute(db);
  await sql`CREATE TABLE roll_call_entries (
    roll_call_id INTEGER NOT NULL REFERENCES roll_calls (id),
    client_id INTEGER NOT NULL REFERENCES clients (id),
    status TEXT NOT NULL CHECK (status IN ('present', 'away', 'hospital', 'home_leave', 'absconded')),
    note TEXT,
    PRIMARY KEY (roll_call_id, client_id)
  ) WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX roll_call_entries_client ON roll_call_entries (client_id)`.execute(db);

  await sql`CREATE TABLE incidents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    occurred_at TEXT NOT NULL,
    occurred_date TEXT NOT NULL,
    place TEXT NOT NULL,
    type TEXT NOT NULL,
    severity TEXT NOT NULL,
    description TEXT NOT NULL,
    actions_taken TEXT NOT NULL,
    informed TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL CHECK (status IN ('open', 'reviewed', 'closed')),
    reported_by INTEGER NOT NULL REFERENCES users (id),
    reported_at TEXT NOT NULL,
    review_note TEXT,
    reviewed_by INTEGER REFERENCES users (id),
    reviewed_at TEXT,
    closure_note TEXT,
    closed_by INTEGER REFERENCES users (id),
    closed_at TEXT,
    UNIQUE (year, seq)
  )`.execute(db);
  await sql`CREATE INDEX incidents_status ON incidents (status, occurred_at)`.execute(db);
  await sql`CREATE INDEX incidents_date ON incidents (occurred_date)`.execute(db);
  await sql`CREATE TABLE incident_people (
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    client_id INTEGER NOT NULL REFERENCES clients (id),
    PRIMARY KEY (incident_id, client_id)
  ) WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX incident_people_client ON incident_people (client_id)`.execute(db);

  await sql`CREATE TABLE care_log_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    category TEXT NOT NULL,
    value TEXT,
    details TEXT,
    text TEXT,
    event_at TEXT NOT NULL,
    event_date TEXT NOT NULL,
    entered_at TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES users (id),
    for_handover INTEGER NOT NULL DEFAULT 0,
    incident_id INTEGER REFERENCES incidents (id)
  )`.execute(db);
  // A resident's day or week: an index range on (client, date), rows in event order.
  await sql`CREATE INDEX care_log_client_date ON care_log_entries (client_id, event_date, event_at)`.execute(db);
  // A caregiver's own shift.
  await sql`CREATE INDEX care_log_author ON care_log_entries (author_id, entered_at)`.execute(db);
  // The handover screen reads only flagged entries: a small partial index.
  await sql`CREATE INDEX care_log_handover ON care_log_entries (entered_at) WHERE for_handover = 1`.execute(db);
  await sql`CREATE INDEX care_log_incident ON care_log_entries (incident_id) WHERE incident_id IS NOT NULL`.execute(db);
  await appendOnly(db, 'care_log_entries');

  await sql`CREATE TABLE care_log_corrections (
    entry_id INTEGER PRIMARY KEY REFERENCES care_log_entries (id),
    reason TEXT NOT NULL,
    replacement_id INTEGER REFERENCES care_log_entries (id),
    corrected_by INTEGER NOT NULL REFERENCES users (id),
    corrected_at TEXT NOT NULL
  )`.execute(db);
  await appendOnly(db, 'care_log_corrections');
  await sql`CREATE TABLE care_log_handover_acks (
    entry_id INTEGER PRIMARY KEY REFERENCES care_log_entries (id),
    acknowledged_by INTEGER NOT NULL REFERENCES users (id),
    acknowledged_at TEXT NOT NULL
  )`.execute(db);
  await appendOnly(db, 'care_log_handover_acks');

  await sql`CREATE TABLE prescriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    medicine TEXT NOT NULL,
    dose TEXT NOT NULL,
    route TEXT NOT NULL,
    times TEXT NOT NULL DEFAULT '[]',
    start_date TEXT NOT NULL,
    end_date TEXT,
    prescriber TEXT NOT NULL,
    instructions TEXT,
    prn INTEGER NOT NULL DEFAULT 0,
    prn_reason_hint TEXT,
    prn_max_per_day INTEGER CHECK (prn_max_per_day IS NULL OR prn_max_per_day > 0),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    stopped_by INTEGER REFERENCES users (id),
    stopped_at TEXT,
    stop_reason TEXT,
    CHECK (end_date IS NULL OR end_date >= start_date)
  )`.execute(db);
  await sql`CREATE INDEX prescriptions_client ON prescriptions (client_id, start_date)`.execute(db);
  await sql`CREATE INDEX prescriptions_current ON prescriptions (end_date, start_date)`.execute(db);

  await sql`CREATE TABLE medication_administrations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    prescription_id INTEGER NOT NULL REFERENCES prescriptions (id),
    client_id INTEGER NOT NULL REFERENCES clients (id),
    date TEXT NOT NULL,
    scheduled_time TEXT,
    status TEXT NOT NULL CHECK (status IN ('given', 'refused', 'missed', 'not_available', 'absent')),
    time TEXT NOT NULL,
    reason TEXT,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    corrects_id INTEGER REFERENCES medication_administrations (id),
    correction_reason TEXT,
    CHECK (corrects_id IS NULL OR correction_reason IS NOT NULL),
    CHECK (status = 'given' OR reason IS NOT NULL)
  )`.execute(db);
  // One first record per scheduled dose; a later one only as a correction of it (with a reason).
  // PRN doses (no scheduled time) are counted against the daily maximum.
  await sql`CREATE UNIQUE INDEX medication_administrations_dose ON medication_administrations (prescription_id, date, scheduled_time)
    WHERE scheduled_time IS NOT NULL AND corrects_id IS NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX medication_administrations_corrects ON medication_administrations (corrects_id)
    WHERE corrects_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX medication_administrations_date ON medication_administrations (date, prescription_id)`.execute(db);
  await appendOnly(db, 'medication_administrations');
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reversed; restore a backup instead.');
}
