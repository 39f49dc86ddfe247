//! A session summarized by its own model: a summary, a title and, when
//! asked, labels, stored on the session.

use super::*;

impl Sessions {
    /// Asks the session's model for a summary, a title and, if asked,
    /// labels, and stores them on the session.
    pub async fn summarize(
        &self,
        caller: &Caller,
        session_id: Uuid,
        include_labels: bool,
    ) -> Result<(SummaryText, SessionView)> {
        let (session, standing) = self.open(caller, session_id).await?;
        standing.require_writer("summarize")?;
        let resolved = self
            .providers
            .resolve(&session.provider, &session.model)
            .map_err(|error| model_unavailable(&error))?;
        let window = stored_messages::Window {
            cursor: None,
            created_before: None,
            created_after: None,
            newest_first: true,
            limit: assist::TRANSCRIPT_MESSAGES,
        };
        let recent = stored_messages::list(&self.store.db, session.id, window).await?;
        let lines: Vec<(String, String)> = recent
            .items
            .into_iter()
            .rev()
            .filter(|m| replies::is_turn(m, true))
            .map(|m| {
                let role = if m.sender_type == messages::SENT_BY_USER {
                    "user"
                } else {
                    "assistant"
                };
                (role.to_string(), m.text)
            })
            .collect();
        if lines.is_empty() {
            return Err(Error::precondition(
                "NOTHING_TO_SUMMARIZE",
                "the session has no messages to summarize",
            ));
        }
        credits::ensure_available_in(&self.store.db, session.space_id).await?;
        let summary = assist::summarize(&resolved, &lines, include_labels).await?;
        let (space_id, tokens) = (session.space_id, summary.tokens());
        let mut active = session.into_active_model();
        active.title = Set(summary.title.clone());
        active.summary = Set(summary.summary.clone());
        if include_labels {
            active.labels = Set(serde_json::to_string(&summary.labels).unwrap_or_default());
        }
        active.summarized_at = Set(Some(crate::domain::now()));
        active.updated_at = Set(crate::domain::now());
        let session = self
            .store
            .writer
            .write(move |txn| {
                Box::pin(async move {
                    ledger::charge(txn, space_id, tokens, Subject::Session { session_id }).await?;
                    stored::update(txn, active)
                        .await
                        .map_err(|error| match error {
                            sea_orm::DbErr::RecordNotUpdated => {
                                Error::not_found(Kind::Session, session_id)
                            }
                            other => Error::Storage(other),
                        })
                })
            })
            .await?;
        crate::metrics::credits_charged("session", tokens);
        Ok((
            summary,
            SessionView {
                session,
                access: Access::Owner,
            },
        ))
    }
}
