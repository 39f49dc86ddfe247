//! ModelService: which AI providers and models the server is configured
//! with, as any authenticated caller sees them, never with a secret.

use roundtable_tests::fake_openai::FakeOpenAi;
use roundtable_tests::outcome::reason;
use roundtable_tests::proto::*;
use roundtable_tests::{Api, TestServer, Transport, transport_test};
use tonic::Code;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;

async fn list_models(api: &Api) -> ListModelsResponse {
    let user = api.new_user("reader").await;
    user.models()
        .list_models(ListModelsRequest {})
        .await
        .expect("any user may list the models")
        .into_inner()
}

transport_test!(
    a_server_with_no_provider_configured_offers_the_offline_one,
    |api| async move {
        let listed = list_models(&api).await;
        assert_eq!(listed.default_provider, "offline");
        let [offline] = listed.providers.as_slice() else {
            panic!("one provider: {:?}", listed.providers);
        };
        assert_eq!(offline.name, "offline");
        assert_eq!(offline.kind, ProviderKind::Offline as i32);
        assert!(offline.is_default);
        assert!(offline.base_url.is_empty());
        assert_eq!(offline.default_model, "roundtable-offline");
        assert_eq!(offline.models, [offline.default_model.as_str()]);
    }
);

transport_test!(listing_models_needs_credentials, |api| async move {
    let refused = api
        .anonymous()
        .models()
        .list_models(ListModelsRequest {})
        .await
        .expect_err("anonymous callers are refused");
    assert_eq!(refused.code(), Code::Unauthenticated);
    assert_eq!(reason(&refused).as_deref(), Some("UNAUTHENTICATED"));
});

transport_test!(the_model_service_reports_serving, |api| async move {
    let response = api
        .health()
        .check(HealthCheckRequest {
            service: "roundtable.v1.ModelService".into(),
        })
        .await
        .expect("the model service has a health status")
        .into_inner();
    assert_eq!(response.status, ServingStatus::Serving as i32);
});

const SECRET: &str = "sk-configured-secret-0123456789";

/// A server whose config file names the fake as provider `local` (with a
/// key and credentials in the URL) and a tuned offline provider.
fn server_with_providers(fake: &FakeOpenAi) -> TestServer {
    let base_url = fake.base_url().replace("http://", "http://user:hunter2@");
    TestServer::start_with_config(
        &format!(
            r#"
            default_provider = "local"

            [providers.local]
            kind = "openai"
            base_url = "{base_url}?api-key=also-secret"
            api_key = "{SECRET}"
            models = ["llama3.2", "qwen2.5"]
            default_model = "qwen2.5"
            [providers.local.timeouts]
            connect_seconds = 2
            idle_seconds = 5

            [providers.offline]
            kind = "offline"
            models = ["echo"]
            tokens_per_second = 100
            "#
        ),
        &[],
    )
}

#[tokio::test]
async fn configured_providers_are_listed_by_name_without_secrets() {
    let fake = FakeOpenAi::start();
    let server = server_with_providers(&fake);
    for transport in Transport::ALL {
        let listed = list_models(&server.api(transport)).await;
        assert_eq!(listed.default_provider, "local", "{transport:?}");
        let names: Vec<_> = listed.providers.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["local", "offline"], "{transport:?}");

        let local = &listed.providers[0];
        assert_eq!(local.kind, ProviderKind::Openai as i32);
        assert_eq!(local.base_url, fake.base_url());
        assert_eq!(local.models, ["llama3.2", "qwen2.5"]);
        assert_eq!(local.default_model, "qwen2.5");
        assert!(local.is_default);

        let offline = &listed.providers[1];
        assert_eq!(offline.kind, ProviderKind::Offline as i32);
        assert_eq!(offline.models, ["echo"]);
        assert!(!offline.is_default);

        let everything = format!("{listed:?}");
        for secret in [SECRET, "hunter2", "also-secret"] {
            assert!(
                !everything.contains(secret),
                "{secret} leaked: {everything}"
            );
        }
    }
    assert!(fake.requests().is_empty(), "listing calls no provider");
}

#[tokio::test]
async fn the_openai_environment_shortcut_adds_a_provider_named_openai() {
    let fake = FakeOpenAi::start();
    let base_url = fake.base_url();
    let server = TestServer::start_with_env(&[
        ("ROUNDTABLE_OPENAI_API_KEY", SECRET),
        ("ROUNDTABLE_OPENAI_BASE_URL", &base_url),
        ("ROUNDTABLE_OPENAI_MODELS", "gpt-4o-mini,gpt-4o"),
    ]);
    let listed = list_models(&server.api(Transport::Grpc)).await;
    assert_eq!(listed.default_provider, "openai");
    let names: Vec<_> = listed.providers.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["offline", "openai"], "ordered by name");
    let openai = &listed.providers[1];
    assert_eq!(openai.base_url, base_url);
    assert_eq!(openai.models, ["gpt-4o-mini", "gpt-4o"]);
    assert_eq!(openai.default_model, "gpt-4o-mini");
    assert!(!format!("{listed:?}").contains(SECRET));
}
