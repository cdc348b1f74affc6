/** What a request's log line reports beyond route and status; shared by the relay's route modules. */
export interface Facts {
  key?: string;
  source?: string;
  alerts?: number;
  error?: string;
}

/** The app's per-request variables: what the log line reports beyond route and status. */
export interface RelayEnv {
  Variables: { facts: Facts | undefined };
}
