//! SessionService (private AI chats) and AssistService (summaries,
//! translations, transcriptions).

use std::pin::Pin;

use futures::{Stream, StreamExt};
use tonic::{Request, Response, Status};

use super::{
    Auth,
    convert::{self, session_message as message, timestamp},
};
use crate::{
    ai,
    domain::{
        Error, Scope,
        assist::{Assist, ModelChoice, NewTranscription, NewTranslation, SummaryText},
        input,
        paging::PageRequest,
        replies::{Follower, Heard, is_streaming},
        sessions::{
            self, Access, NewRating, NewSession, NewSessionMessage, Rating, SessionChanges,
            SessionFields, SessionView, Sessions, failure_error,
        },
    },
    proto::v1::{
        self as pb, assist_service_server::AssistService, session_service_server::SessionService,
    },
    store::entities::{session_shares, sessions as session_rows, users},
};

pub struct SessionApi {
    pub auth: Auth,
    pub sessions: Sessions,
}

pub struct AssistApi {
    pub auth: Auth,
    pub assist: Assist,
}

type Streamed<T> = Pin<Box<dyn Stream<Item = Result<T, Status>> + Send>>;

/// Proto3 strings cannot be unset: on create, an empty optional string
/// means "the default".
fn given(value: String) -> Option<String> {
    (!value.is_empty()).then_some(value)
}

#[tonic::async_trait]
impl SessionService for SessionApi {
    async fn create_session(
        &self,
        request: Request<pb::CreateSessionRequest>,
    ) -> Result<Response<pb::CreateSessionResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let new = NewSession::new(
            SessionFields {
                name: given(r.name),
                provider: Some(r.provider),
                model: Some(r.model),
                system_prompt: Some(r.system_prompt),
                temperature: r.temperature,
                max_tokens: r.max_tokens,
            },
            &r.request_id,
        )?;
        let view = self.sessions.create(&caller, space_id, new).await?;
        Ok(Response::new(pb::CreateSessionResponse {
            session: Some(session(view)),
        }))
    }

    async fn get_session(
        &self,
        request: Request<pb::GetSessionRequest>,
    ) -> Result<Response<pb::GetSessionResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let session_id = input::id("session_id", &request.get_ref().session_id)?;
        let view = self.sessions.get(&caller, session_id).await?;
        Ok(Response::new(pb::GetSessionResponse {
            session: Some(session(view)),
        }))
    }

    async fn list_sessions(
        &self,
        request: Request<pb::ListSessionsRequest>,
    ) -> Result<Response<pb::ListSessionsResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let page = PageRequest::new(
            r.page_size,
            &r.page_token,
            &format!("ListSessions {space_id}"),
        )?;
        let (views, next_page_token) = self
            .sessions
            .list(&caller, space_id, r.shared_with_me, page)
            .await?;
        Ok(Response::new(pb::ListSessionsResponse {
            sessions: views.into_iter().map(session).collect(),
            next_page_token,
        }))
    }

    async fn update_session(
        &self,
        request: Request<pb::UpdateSessionRequest>,
    ) -> Result<Response<pb::UpdateSessionResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let session_id = input::id("session_id", &r.session_id)?;
        let changes = SessionChanges::new(SessionFields {
            name: r.name,
            provider: r.provider,
            model: r.model,
            system_prompt: r.system_prompt,
            temperature: r.temperature,
            max_tokens: r.max_tokens,
        })?;
        let view = self.sessions.update(&caller, session_id, changes).await?;
        Ok(Response::new(pb::UpdateSessionResponse {
            session: Some(session(view)),
        }))
    }

    async fn delete_session(
        &self,
        request: Request<pb::DeleteSessionRequest>,
    ) -> Result<Response<pb::DeleteSessionResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let session_id = input::id("session_id", &request.get_ref().session_id)?;
        self.sessions.delete(&caller, session_id).await?;
        Ok(Response::new(pb::DeleteSessionResponse {}))
    }

    async fn send_session_message(
        &self,
        request: Request<pb::SendSessionMessageRequest>,
    ) -> Result<Response<pb::SendSessionMessageResponse>, Status> {
        let caller = self.auth.ai_caller(&request).await?;
        let r = request.into_inner();
        let session_id = input::id("session_id", &r.session_id)?;
        let attachments = r.attachments.into_iter().map(convert::attachment_from_pb);
        let new = NewSessionMessage::new(&r.text, attachments.collect(), &r.request_id)?;
        let sent = self.sessions.send(&caller, session_id, new).await?;
        let answer = match sent.answer {
            Some(answer) if !r.r#async => Some(self.sessions.wait(answer, sent.follower).await),
            answer => answer,
        };
        Ok(Response::new(pb::SendSessionMessageResponse {
            message: Some(message(sent.message, false)),
            job_id: answer
                .as_ref()
                .map(|a| a.id.to_string())
                .unwrap_or_default(),
            answer: answer.map(|a| message(a, false)),
        }))
    }

    type SendSessionMessageStreamStream = Streamed<pb::SendSessionMessageStreamResponse>;

    async fn send_session_message_stream(
        &self,
        request: Request<pb::SendSessionMessageStreamRequest>,
    ) -> Result<Response<Self::SendSessionMessageStreamStream>, Status> {
        use pb::send_session_message_stream_response::Kind;
        let caller = self.auth.ai_caller(&request).await?;
        let permit = self.auth.stream_permit(&caller)?;
        let r = request.into_inner();
        let session_id = input::id("session_id", &r.session_id)?;
        let attachments = r.attachments.into_iter().map(convert::attachment_from_pb);
        let new = NewSessionMessage::new(&r.text, attachments.collect(), &r.request_id)?;
        let sent = self.sessions.send(&caller, session_id, new).await?;
        let item = |kind| pb::SendSessionMessageStreamResponse { kind: Some(kind) };
        let mut first = vec![item(Kind::Message(message(sent.message, false)))];
        if let Some(answer) = sent.answer
            && is_streaming(&answer)
        {
            // Repeated requests find the answer ended, or under way.
            let mut started = answer;
            started.text.clear();
            first.push(item(Kind::AnswerStarted(message(started, false))));
        }
        let stream = follow(
            first,
            sent.follower,
            |delta| pb::SendSessionMessageStreamResponse {
                kind: Some(Kind::Delta(delta)),
            },
            |answer| pb::SendSessionMessageStreamResponse {
                kind: Some(Kind::Answer(answer)),
            },
        );
        Ok(Response::new(
            self.auth.until_invalidated(&caller, permit, stream),
        ))
    }

    async fn get_session_job(
        &self,
        request: Request<pb::GetSessionJobRequest>,
    ) -> Result<Response<pb::GetSessionJobResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let job_id = input::id("job_id", &request.get_ref().job_id)?;
        let (answer, done) = self.sessions.job(&caller, job_id).await?;
        Ok(Response::new(pb::GetSessionJobResponse {
            answer: Some(message(answer, false)),
            done,
        }))
    }

    type WatchSessionJobStream = Streamed<pb::WatchSessionJobResponse>;

    async fn watch_session_job(
        &self,
        request: Request<pb::WatchSessionJobRequest>,
    ) -> Result<Response<Self::WatchSessionJobStream>, Status> {
        use pb::watch_session_job_response::Kind;
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let permit = self.auth.stream_permit(&caller)?;
        let job_id = input::id("job_id", &request.get_ref().job_id)?;
        let follower = self.sessions.watch(&caller, job_id).await?;
        let stream = follow(
            Vec::new(),
            Some(follower),
            |delta| pb::WatchSessionJobResponse {
                kind: Some(Kind::Delta(delta)),
            },
            |answer| pb::WatchSessionJobResponse {
                kind: Some(Kind::Answer(answer)),
            },
        );
        Ok(Response::new(
            self.auth.until_invalidated(&caller, permit, stream),
        ))
    }

    async fn cancel_session_job(
        &self,
        request: Request<pb::CancelSessionJobRequest>,
    ) -> Result<Response<pb::CancelSessionJobResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let job_id = input::id("job_id", &request.get_ref().job_id)?;
        let answer = self.sessions.cancel(&caller, job_id).await?;
        Ok(Response::new(pb::CancelSessionJobResponse {
            answer: Some(message(answer, false)),
        }))
    }

    async fn list_session_messages(
        &self,
        request: Request<pb::ListSessionMessagesRequest>,
    ) -> Result<Response<pb::ListSessionMessagesResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let r = request.into_inner();
        let session_id = input::id("session_id", &r.session_id)?;
        let page = PageRequest::new(
            r.page_size,
            &r.page_token,
            &format!("ListSessionMessages {session_id} {}", r.order),
        )?;
        let newest_first = match pb::MessageOrder::try_from(r.order) {
            Ok(pb::MessageOrder::NewestFirst) => true,
            Ok(pb::MessageOrder::OldestFirst | pb::MessageOrder::Unspecified) => false,
            Err(_) => {
                return Err(Error::invalid(
                    "order",
                    "INVALID_VALUE",
                    "must be OLDEST_FIRST or NEWEST_FIRST",
                )
                .into());
            }
        };
        let (messages, next_page_token) = self
            .sessions
            .list_messages(&caller, session_id, newest_first, page)
            .await?;
        Ok(Response::new(pb::ListSessionMessagesResponse {
            messages: messages.into_iter().map(|m| message(m, false)).collect(),
            next_page_token,
        }))
    }

    async fn get_session_message(
        &self,
        request: Request<pb::GetSessionMessageRequest>,
    ) -> Result<Response<pb::GetSessionMessageResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let message_id = input::id("message_id", &request.get_ref().message_id)?;
        let found = self.sessions.get_message(&caller, message_id).await?;
        Ok(Response::new(pb::GetSessionMessageResponse {
            message: Some(message(found, false)),
        }))
    }

    async fn list_answer_versions(
        &self,
        request: Request<pb::ListAnswerVersionsRequest>,
    ) -> Result<Response<pb::ListAnswerVersionsResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let message_id = input::id("message_id", &request.get_ref().message_id)?;
        let versions = self.sessions.versions(&caller, message_id).await?;
        Ok(Response::new(pb::ListAnswerVersionsResponse {
            versions: versions.into_iter().map(|m| message(m, false)).collect(),
        }))
    }

    async fn delete_session_message(
        &self,
        request: Request<pb::DeleteSessionMessageRequest>,
    ) -> Result<Response<pb::DeleteSessionMessageResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let message_id = input::id("message_id", &request.get_ref().message_id)?;
        self.sessions.delete_message(&caller, message_id).await?;
        Ok(Response::new(pb::DeleteSessionMessageResponse {}))
    }

    async fn regenerate_answer(
        &self,
        request: Request<pb::RegenerateAnswerRequest>,
    ) -> Result<Response<pb::RegenerateAnswerResponse>, Status> {
        let caller = self.auth.ai_caller(&request).await?;
        let r = request.into_inner();
        let session_id = input::id("session_id", &r.session_id)?;
        let sent = self.sessions.regenerate(&caller, session_id).await?;
        let answer = match sent.answer {
            Some(answer) if !r.r#async => Some(self.sessions.wait(answer, sent.follower).await),
            answer => answer,
        };
        Ok(Response::new(pb::RegenerateAnswerResponse {
            job_id: answer
                .as_ref()
                .map(|a| a.id.to_string())
                .unwrap_or_default(),
            answer: answer.map(|a| message(a, false)),
        }))
    }

    async fn rate_message(
        &self,
        request: Request<pb::RateMessageRequest>,
    ) -> Result<Response<pb::RateMessageResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let message_id = input::id("message_id", &r.message_id)?;
        let rating = match pb::Rating::try_from(r.rating) {
            Ok(pb::Rating::Up) => Some(Rating::Up),
            Ok(pb::Rating::Down) => Some(Rating::Down),
            Ok(pb::Rating::Unspecified) => None,
            Err(_) => {
                return Err(Error::invalid(
                    "rating",
                    "INVALID_VALUE",
                    "must be RATING_UP, RATING_DOWN or RATING_UNSPECIFIED (to remove it)",
                )
                .into());
            }
        };
        let rating = NewRating::new(rating, &r.comment)?;
        let rated = self.sessions.rate(&caller, message_id, rating).await?;
        Ok(Response::new(pb::RateMessageResponse {
            message: Some(message(rated, false)),
        }))
    }

    async fn send_assistant_message(
        &self,
        request: Request<pb::SendAssistantMessageRequest>,
    ) -> Result<Response<pb::SendAssistantMessageResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let session_id = input::id("session_id", &r.session_id)?;
        let sent = self
            .sessions
            .send_assistant_message(&caller, session_id, &r.text)
            .await?;
        Ok(Response::new(pb::SendAssistantMessageResponse {
            message: Some(message(sent, false)),
        }))
    }

    async fn set_session_public_link(
        &self,
        request: Request<pb::SetSessionPublicLinkRequest>,
    ) -> Result<Response<pb::SetSessionPublicLinkResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let session_id = input::id("session_id", &r.session_id)?;
        let view = self
            .sessions
            .set_public_link(&caller, session_id, r.enabled)
            .await?;
        Ok(Response::new(pb::SetSessionPublicLinkResponse {
            link_id: view.session.public_link_id.clone().unwrap_or_default(),
            session: Some(session(view)),
        }))
    }

    async fn get_shared_session(
        &self,
        request: Request<pb::GetSharedSessionRequest>,
    ) -> Result<Response<pb::GetSharedSessionResponse>, Status> {
        self.auth.anonymous(&request)?;
        let found = self.sessions.shared(&request.get_ref().link_id).await?;
        Ok(Response::new(pb::GetSharedSessionResponse {
            session: Some(shared_session(found)),
        }))
    }

    async fn list_shared_session_messages(
        &self,
        request: Request<pb::ListSharedSessionMessagesRequest>,
    ) -> Result<Response<pb::ListSharedSessionMessagesResponse>, Status> {
        self.auth.anonymous(&request)?;
        let r = request.into_inner();
        let page = PageRequest::new(
            r.page_size,
            &r.page_token,
            &format!("ListSharedSessionMessages {}", r.link_id),
        )?;
        let (messages, next_page_token) = self.sessions.shared_messages(&r.link_id, page).await?;
        Ok(Response::new(pb::ListSharedSessionMessagesResponse {
            messages: messages.into_iter().map(|m| message(m, true)).collect(),
            next_page_token,
        }))
    }

    async fn share_session(
        &self,
        request: Request<pb::ShareSessionRequest>,
    ) -> Result<Response<pb::ShareSessionResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let session_id = input::id("session_id", &r.session_id)?;
        let user_id = input::id("user_id", &r.user_id)?;
        let shared = self.sessions.share(&caller, session_id, user_id).await?;
        Ok(Response::new(pb::ShareSessionResponse {
            share: Some(share(shared)),
        }))
    }

    async fn list_session_shares(
        &self,
        request: Request<pb::ListSessionSharesRequest>,
    ) -> Result<Response<pb::ListSessionSharesResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let r = request.into_inner();
        let session_id = input::id("session_id", &r.session_id)?;
        let page = PageRequest::new(
            r.page_size,
            &r.page_token,
            &format!("ListSessionShares {session_id}"),
        )?;
        let (shares, next_page_token) =
            self.sessions.list_shares(&caller, session_id, page).await?;
        Ok(Response::new(pb::ListSessionSharesResponse {
            shares: shares.into_iter().map(share).collect(),
            next_page_token,
        }))
    }

    async fn revoke_session_share(
        &self,
        request: Request<pb::RevokeSessionShareRequest>,
    ) -> Result<Response<pb::RevokeSessionShareResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Write).await?;
        let r = request.into_inner();
        let session_id = input::id("session_id", &r.session_id)?;
        let user_id = input::id("user_id", &r.user_id)?;
        self.sessions
            .revoke_share(&caller, session_id, user_id)
            .await?;
        Ok(Response::new(pb::RevokeSessionShareResponse {}))
    }

    async fn summarize_session(
        &self,
        request: Request<pb::SummarizeSessionRequest>,
    ) -> Result<Response<pb::SummarizeSessionResponse>, Status> {
        let caller = self.auth.ai_caller(&request).await?;
        let r = request.into_inner();
        let session_id = input::id("session_id", &r.session_id)?;
        let (made, view) = self
            .sessions
            .summarize(&caller, session_id, r.include_labels)
            .await?;
        Ok(Response::new(pb::SummarizeSessionResponse {
            summary: Some(summary(made)),
            session: Some(session(view)),
        }))
    }
}

#[tonic::async_trait]
impl AssistService for AssistApi {
    async fn summarize_room(
        &self,
        request: Request<pb::SummarizeRoomRequest>,
    ) -> Result<Response<pb::SummarizeRoomResponse>, Status> {
        // Reading the room is enough, but the call spends the space's credits.
        let caller = self.auth.ai_caller(&request).await?;
        let r = request.into_inner();
        let room_id = input::id("room_id", &r.room_id)?;
        let choice = ModelChoice::new(&r.provider, &r.model)?;
        let made = self
            .assist
            .summarize_room(&caller, room_id, r.include_labels, choice)
            .await?;
        Ok(Response::new(pb::SummarizeRoomResponse {
            summary: Some(summary(made)),
        }))
    }

    async fn translate(
        &self,
        request: Request<pb::TranslateRequest>,
    ) -> Result<Response<pb::TranslateResponse>, Status> {
        let caller = self.auth.ai_caller(&request).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let new = NewTranslation::new(&r.text, &r.target_language, &r.source_language)?;
        let choice = ModelChoice::new(&r.provider, &r.model)?;
        let translated = self
            .assist
            .translate(&caller, space_id, new, choice)
            .await?;
        Ok(Response::new(pb::TranslateResponse {
            text: translated.text,
            provider: translated.provider,
            model: translated.model,
            usage: Some(usage(translated.usage)),
        }))
    }

    async fn transcribe(
        &self,
        request: Request<pb::TranscribeRequest>,
    ) -> Result<Response<pb::TranscribeResponse>, Status> {
        let caller = self.auth.ai_caller(&request).await?;
        let r = request.into_inner();
        let space_id = input::id("space_id", &r.space_id)?;
        let new = NewTranscription::new(r.audio, &r.mime_type, &r.language, &r.prompt, &r.model)?;
        let heard = self
            .assist
            .transcribe(&caller, space_id, new, &r.provider)
            .await?;
        Ok(Response::new(pb::TranscribeResponse {
            text: heard.text,
            provider: heard.provider,
            model: heard.model,
            usage: Some(usage(heard.usage)),
        }))
    }
}

/// The items `first`, then what `follower` hears: each delta, then the
/// ended answer; an answer that failed ends the stream with its error.
/// Dropping the stream (the client went away) drops the follower only:
/// the answer goes on.
fn follow<T: Send + 'static>(
    first: Vec<T>,
    follower: Option<Follower>,
    delta: fn(pb::AnswerDelta) -> T,
    ended: fn(pb::SessionMessage) -> T,
) -> Streamed<T> {
    let head = futures::stream::iter(first.into_iter().map(Ok));
    let tail = futures::stream::unfold(
        (follower, None::<Status>),
        move |(follower, failure)| async move {
            if let Some(status) = failure {
                return Some((Err(status), (None, None)));
            }
            let mut follower = follower?;
            match follower.next().await? {
                Heard::Delta {
                    message_id,
                    sequence,
                    text,
                    snapshot,
                } => {
                    let item = delta(pb::AnswerDelta {
                        message_id: message_id.to_string(),
                        sequence,
                        text,
                        snapshot,
                    });
                    Some((Ok(item), (Some(follower), None)))
                }
                Heard::Ended(answer) => {
                    let failure = failure_error(&answer).map(Status::from);
                    Some((Ok(ended(message(*answer, false))), (None, failure)))
                }
            }
        },
    );
    Box::pin(head.chain(tail))
}

fn session(view: SessionView) -> pb::Session {
    let labels = sessions::labels(&view.session);
    let s = view.session;
    let (access, public_link_id) = match view.access {
        Access::Owner => (pb::SessionAccess::Owner, s.public_link_id),
        Access::Reader => (pb::SessionAccess::Reader, None),
    };
    pb::Session {
        session_id: s.id.to_string(),
        space_id: s.space_id.to_string(),
        owner_id: s.owner_id.to_string(),
        name: s.name,
        provider: s.provider,
        model: s.model,
        system_prompt: s.system_prompt,
        temperature: s.temperature,
        max_tokens: s.max_tokens,
        title: s.title,
        summary: s.summary,
        labels,
        summary_time: s.summarized_at.map(timestamp),
        public_link_id: public_link_id.unwrap_or_default(),
        access: access as i32,
        create_time: Some(timestamp(s.created_at)),
        update_time: Some(timestamp(s.updated_at)),
    }
}

fn shared_session(s: session_rows::Model) -> pb::SharedSession {
    pb::SharedSession {
        labels: sessions::labels(&s),
        link_id: s.public_link_id.unwrap_or_default(),
        name: s.name,
        title: s.title,
        summary: s.summary,
        create_time: Some(timestamp(s.created_at)),
    }
}

fn share((share, user): (session_shares::Model, users::Model)) -> pb::SessionShare {
    pb::SessionShare {
        session_id: share.session_id.to_string(),
        user_id: user.id.to_string(),
        username: user.username,
        display_name: user.display_name,
        create_time: Some(timestamp(share.created_at)),
    }
}

fn summary(made: SummaryText) -> pb::Summary {
    pb::Summary {
        summary: made.summary,
        title: made.title,
        labels: made.labels,
        provider: made.provider,
        model: made.model,
        usage: Some(usage(made.usage)),
    }
}

fn usage(usage: ai::Usage) -> pb::TokenUsage {
    pb::TokenUsage {
        prompt_tokens: i32::try_from(usage.prompt_tokens).unwrap_or(i32::MAX),
        completion_tokens: i32::try_from(usage.completion_tokens).unwrap_or(i32::MAX),
        estimated: usage.estimated,
    }
}
