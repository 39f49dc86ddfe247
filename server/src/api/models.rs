use tonic::{Request, Response, Status};

use super::Auth;
use crate::{
    ai::{ProviderInfo, ProviderKind},
    domain::{Scope, models::Models},
    proto::v1::{self as pb, model_service_server::ModelService},
};

pub struct ModelApi {
    pub auth: Auth,
    pub models: Models,
}

#[tonic::async_trait]
impl ModelService for ModelApi {
    async fn list_models(
        &self,
        request: Request<pb::ListModelsRequest>,
    ) -> Result<Response<pb::ListModelsResponse>, Status> {
        let caller = self.auth.caller(&request, Scope::Read).await?;
        let providers = self.models.list(&caller);
        let default_provider = providers
            .iter()
            .find(|p| p.is_default)
            .map(|p| p.name.clone())
            .unwrap_or_default();
        Ok(Response::new(pb::ListModelsResponse {
            providers: providers.into_iter().map(provider).collect(),
            default_provider,
        }))
    }
}

fn provider(info: ProviderInfo) -> pb::ModelProvider {
    let kind = match info.kind {
        ProviderKind::Openai => pb::ProviderKind::Openai,
        ProviderKind::Offline => pb::ProviderKind::Offline,
    };
    pb::ModelProvider {
        name: info.name,
        kind: kind as i32,
        base_url: info.base_url.unwrap_or_default(),
        models: info.models,
        default_model: info.default_model,
        is_default: info.is_default,
    }
}
