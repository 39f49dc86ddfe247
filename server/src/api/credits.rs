use tonic::{Request, Response, Status};

use super::{Auth, convert};
use crate::{
    domain::{
        Error, Scope,
        credits::{Credits, EntryKind, NewGrant},
        input,
        paging::PageRequest,
    },
    proto::v1::{self as pb, credit_service_server::CreditService},
    store::{
        credits::Subject,
        entities::{credit_entries, space_credits},
    },
};

pub struct CreditApi {
    pub auth: Auth,
    pub credits: Credits,
}

#[tonic::async_trait]
impl CreditService for CreditApi {
    async fn get_credits(
        &self,
        request: Request<pb::GetCreditsRequest>,
    ) -> Result<Response<pb::GetCreditsResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let space_id = input::id("space_id", &request.get_ref().space_id)?;
        let account = self.credits.get(&caller, space_id).await?;
        Ok(Response::new(pb::GetCreditsResponse {
            credits: Some(space_credits(account)),
        }))
    }

    async fn grant_credits(
        &self,
        request: Request<pb::GrantCreditsRequest>,
    ) -> Result<Response<pb::GrantCreditsResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Admin).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let grant = NewGrant::new(r.amount, &r.reason, &r.request_id)?;
        let (account, entry) = self.credits.grant(&caller, space_id, grant).await?;
        Ok(Response::new(pb::GrantCreditsResponse {
            credits: Some(space_credits(account)),
            entry: Some(credit_entry(entry)),
        }))
    }

    async fn list_credit_usage(
        &self,
        request: Request<pb::ListCreditUsageRequest>,
    ) -> Result<Response<pb::ListCreditUsageResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let kind = entry_kind_from_pb(r.kind)?;
        let page = PageRequest::new(
            r.page_size,
            &r.page_token,
            &format!("ListCreditUsage {space_id} {}", r.kind),
        )?;
        let (entries, next_page_token) = self.credits.usage(&caller, space_id, kind, page).await?;
        Ok(Response::new(pb::ListCreditUsageResponse {
            entries: entries.into_iter().map(credit_entry).collect(),
            next_page_token,
        }))
    }
}

fn space_credits(account: space_credits::Model) -> pb::SpaceCredits {
    pb::SpaceCredits {
        space_id: account.space_id.to_string(),
        balance: account.balance,
        used_tokens: account.used_tokens,
        granted_tokens: account.granted_tokens,
        update_time: Some(convert::timestamp(account.updated_at)),
    }
}

fn credit_entry(entry: credit_entries::Model) -> pb::CreditEntry {
    use pb::credit_entry::Subject as PbSubject;
    let kind = match EntryKind::parse(&entry.kind) {
        Some(EntryKind::Initial) => pb::CreditEntryKind::Initial,
        Some(EntryKind::Grant) => pb::CreditEntryKind::Grant,
        Some(EntryKind::Charge) => pb::CreditEntryKind::Charge,
        None => pb::CreditEntryKind::Unspecified,
    };
    let subject = Subject::of(&entry).map(|subject| match subject {
        Subject::Reply { message_id } => PbSubject::MessageId(message_id.to_string()),
        Subject::Session { session_id } => PbSubject::SessionId(session_id.to_string()),
        Subject::Room { room_id } => PbSubject::RoomId(room_id.to_string()),
        Subject::User { user_id } => PbSubject::UserId(user_id.to_string()),
    });
    pb::CreditEntry {
        entry_id: entry.id.to_string(),
        space_id: entry.space_id.to_string(),
        kind: kind as i32,
        tokens: entry.tokens,
        balance_after: entry.balance_after,
        reason: entry.reason,
        granted_by: entry.actor_id.map(|id| id.to_string()).unwrap_or_default(),
        subject,
        create_time: Some(convert::timestamp(entry.created_at)),
    }
}

fn entry_kind_from_pb(value: i32) -> Result<Option<EntryKind>, Error> {
    match pb::CreditEntryKind::try_from(value) {
        Ok(pb::CreditEntryKind::Unspecified) => Ok(None),
        Ok(pb::CreditEntryKind::Initial) => Ok(Some(EntryKind::Initial)),
        Ok(pb::CreditEntryKind::Grant) => Ok(Some(EntryKind::Grant)),
        Ok(pb::CreditEntryKind::Charge) => Ok(Some(EntryKind::Charge)),
        Err(_) => Err(Error::invalid(
            "kind",
            "INVALID_VALUE",
            "must be INITIAL, GRANT, CHARGE or unset",
        )),
    }
}
