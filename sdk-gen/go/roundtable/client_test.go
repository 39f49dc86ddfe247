package roundtable

import (
	"context"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	roundtablev1 "github.com/roundtable-dev/roundtable/sdk-gen/go/gen/roundtable/v1"
)

// fakeSpaces answers GetSpace and CreateSpace with UNAVAILABLE (or another
// code) for the first `failures` calls, and records the authorization
// header and the calls.
type fakeSpaces struct {
	roundtablev1.UnimplementedSpaceServiceServer
	failures int32
	code     codes.Code
	calls    atomic.Int32
	auth     atomic.Value
}

func (f *fakeSpaces) answer(ctx context.Context) error {
	md, _ := metadata.FromIncomingContext(ctx)
	if v := md.Get("authorization"); len(v) > 0 {
		f.auth.Store(v[0])
	}
	if f.calls.Add(1) <= f.failures {
		return status.Error(f.code, "try again")
	}
	return nil
}

func (f *fakeSpaces) GetSpace(ctx context.Context, req *roundtablev1.GetSpaceRequest) (*roundtablev1.GetSpaceResponse, error) {
	if err := f.answer(ctx); err != nil {
		return nil, err
	}
	return &roundtablev1.GetSpaceResponse{Space: &roundtablev1.Space{SpaceId: req.GetSpaceId()}}, nil
}

func (f *fakeSpaces) CreateSpace(ctx context.Context, req *roundtablev1.CreateSpaceRequest) (*roundtablev1.CreateSpaceResponse, error) {
	if err := f.answer(ctx); err != nil {
		return nil, err
	}
	return &roundtablev1.CreateSpaceResponse{Space: &roundtablev1.Space{Name: req.GetName()}}, nil
}

// fakeEvents serves scripted subscriptions: each call gets the next script,
// which sends its events and then ends with its error.
type fakeEvents struct {
	roundtablev1.UnimplementedEventServiceServer
	mu      sync.Mutex
	scripts []script
	cursors []string
}

type script struct {
	events []*roundtablev1.Event
	err    error
}

func (f *fakeEvents) Subscribe(req *roundtablev1.SubscribeRequest, stream grpc.ServerStreamingServer[roundtablev1.SubscribeResponse]) error {
	f.mu.Lock()
	f.cursors = append(f.cursors, req.GetCursor())
	if len(f.scripts) == 0 {
		f.mu.Unlock()
		<-stream.Context().Done()
		return nil
	}
	s := f.scripts[0]
	f.scripts = f.scripts[1:]
	f.mu.Unlock()
	for _, event := range s.events {
		if err := stream.Send(&roundtablev1.SubscribeResponse{Event: event}); err != nil {
			return err
		}
	}
	return s.err
}

func serve(t *testing.T, register func(*grpc.Server)) string {
	t.Helper()
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	server := grpc.NewServer()
	register(server)
	go func() { _ = server.Serve(listener) }()
	t.Cleanup(server.Stop)
	return "http://" + listener.Addr().String()
}

func dialFake(t *testing.T, url string) *Client {
	t.Helper()
	client, err := Dial(url, "rtk_test_token", WithRetryPolicy(RetryPolicy{MaxAttempts: 3, InitialBackoff: time.Millisecond, MaxBackoff: 4 * time.Millisecond}))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = client.Close() })
	return client
}

func TestIdempotentCallsAreRetriedOnUnavailable(t *testing.T) {
	fake := &fakeSpaces{failures: 2, code: codes.Unavailable}
	client := dialFake(t, serve(t, func(s *grpc.Server) { roundtablev1.RegisterSpaceServiceServer(s, fake) }))
	resp, err := roundtablev1.NewSpaceServiceClient(client).GetSpace(context.Background(), &roundtablev1.GetSpaceRequest{SpaceId: "s1"})
	if err != nil {
		t.Fatalf("GetSpace after two UNAVAILABLE: %v", err)
	}
	if resp.GetSpace().GetSpaceId() != "s1" || fake.calls.Load() != 3 {
		t.Fatalf("got %v after %d calls, want s1 after 3", resp, fake.calls.Load())
	}
	if got := fake.auth.Load(); got != "Bearer rtk_test_token" {
		t.Fatalf("authorization header %q", got)
	}
}

func TestRetriesStopAfterThreeAttempts(t *testing.T) {
	fake := &fakeSpaces{failures: 10, code: codes.Unavailable}
	client := dialFake(t, serve(t, func(s *grpc.Server) { roundtablev1.RegisterSpaceServiceServer(s, fake) }))
	_, err := roundtablev1.NewSpaceServiceClient(client).GetSpace(context.Background(), &roundtablev1.GetSpaceRequest{SpaceId: "s1"})
	if status.Code(err) != codes.Unavailable || fake.calls.Load() != 3 {
		t.Fatalf("got %v after %d calls, want UNAVAILABLE after 3", err, fake.calls.Load())
	}
}

func TestWritesAreNeverRetried(t *testing.T) {
	fake := &fakeSpaces{failures: 1, code: codes.Unavailable}
	client := dialFake(t, serve(t, func(s *grpc.Server) { roundtablev1.RegisterSpaceServiceServer(s, fake) }))
	_, err := roundtablev1.NewSpaceServiceClient(client).CreateSpace(context.Background(), &roundtablev1.CreateSpaceRequest{Name: "x"})
	if status.Code(err) != codes.Unavailable || fake.calls.Load() != 1 {
		t.Fatalf("got %v after %d calls, want UNAVAILABLE after 1", err, fake.calls.Load())
	}
}

func TestDeadlineExceededIsRetriedOnlyWithoutACallerDeadline(t *testing.T) {
	fake := &fakeSpaces{failures: 1, code: codes.DeadlineExceeded}
	client := dialFake(t, serve(t, func(s *grpc.Server) { roundtablev1.RegisterSpaceServiceServer(s, fake) }))
	spaces := roundtablev1.NewSpaceServiceClient(client)
	if _, err := spaces.GetSpace(context.Background(), &roundtablev1.GetSpaceRequest{SpaceId: "s1"}); err != nil || fake.calls.Load() != 2 {
		t.Fatalf("without a deadline: %v after %d calls, want success after 2", err, fake.calls.Load())
	}
	fake.calls.Store(0)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := spaces.GetSpace(ctx, &roundtablev1.GetSpaceRequest{SpaceId: "s1"}); status.Code(err) != codes.DeadlineExceeded || fake.calls.Load() != 1 {
		t.Fatalf("with a deadline: %v after %d calls, want DEADLINE_EXCEEDED after 1", err, fake.calls.Load())
	}
}

func TestOtherErrorsAreNotRetried(t *testing.T) {
	fake := &fakeSpaces{failures: 1, code: codes.NotFound}
	client := dialFake(t, serve(t, func(s *grpc.Server) { roundtablev1.RegisterSpaceServiceServer(s, fake) }))
	_, err := roundtablev1.NewSpaceServiceClient(client).GetSpace(context.Background(), &roundtablev1.GetSpaceRequest{SpaceId: "s1"})
	if status.Code(err) != codes.NotFound || fake.calls.Load() != 1 {
		t.Fatalf("got %v after %d calls, want NOT_FOUND after 1", err, fake.calls.Load())
	}
}

func message(cursor, text string) *roundtablev1.Event {
	return &roundtablev1.Event{Cursor: cursor, Kind: &roundtablev1.Event_MessageCreated{MessageCreated: &roundtablev1.Message{Text: text}}}
}

func TestSubscribeResumingResubscribesFromTheLastCursor(t *testing.T) {
	fake := &fakeEvents{scripts: []script{
		{events: []*roundtablev1.Event{message("c1", "a"), message("c2", "b")}, err: status.Error(codes.Unavailable, "restarting")},
		{events: []*roundtablev1.Event{message("c3", "c"), {Cursor: "c3", Kind: &roundtablev1.Event_ResyncRequired{ResyncRequired: &roundtablev1.ResyncRequired{}}}}},
		{events: []*roundtablev1.Event{message("c4", "d")}},
		{events: []*roundtablev1.Event{message("c5", "e")}, err: status.Error(codes.PermissionDenied, "gone")},
	}}
	client := dialFake(t, serve(t, func(s *grpc.Server) { roundtablev1.RegisterEventServiceServer(s, fake) }))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var texts []string
	var last error
	for event, err := range client.SubscribeResuming(ctx, &roundtablev1.SubscribeRequest{RoomIds: []string{"r"}, Cursor: "c0"}) {
		if err != nil {
			last = err
			break
		}
		texts = append(texts, event.GetMessageCreated().GetText())
	}
	if got := strings.Join(texts, " "); got != "a b c d e" {
		t.Fatalf("events %q, want a b c d e", got)
	}
	if status.Code(last) != codes.PermissionDenied {
		t.Fatalf("ended with %v, want PERMISSION_DENIED", last)
	}
	fake.mu.Lock()
	defer fake.mu.Unlock()
	if got := strings.Join(fake.cursors, " "); got != "c0 c2 c3 c4" {
		t.Fatalf("subscribed with cursors %q, want c0 c2 c3 c4", got)
	}
}

func TestReplyTextsFollowTheSequenceRules(t *testing.T) {
	var r ReplyTexts
	delta := func(seq int64, text string, snapshot bool) *roundtablev1.ReplyDelta {
		return &roundtablev1.ReplyDelta{MessageId: "m", Sequence: seq, Text: text, Snapshot: snapshot}
	}
	steps := []struct {
		delta   *roundtablev1.ReplyDelta
		applied bool
		text    string
	}{
		{delta(1, "Hello", false), true, "Hello"},
		{delta(1, "Hello", false), false, "Hello"},
		{delta(3, " there", false), false, "Hello"},
		{delta(2, ",", false), true, "Hello,"},
		{delta(4, "Hello, my", true), true, "Hello, my"},
		{delta(5, " friend", false), true, "Hello, my friend"},
	}
	for i, step := range steps {
		if applied := r.Apply(step.delta); applied != step.applied || r.Text("m") != step.text {
			t.Fatalf("step %d: applied %v text %q, want %v %q", i, applied, r.Text("m"), step.applied, step.text)
		}
	}
	if r.Sequence("m") != 5 || r.Text("other") != "" {
		t.Fatalf("sequence %d, other %q", r.Sequence("m"), r.Text("other"))
	}
}

func TestDialChecksItsArguments(t *testing.T) {
	for _, url := range []string{"", "127.0.0.1:8080", "ftp://host", "http://host/path", "http://user@host", "http://"} {
		if _, err := Dial(url, "rtk_x"); err == nil {
			t.Errorf("Dial(%q) succeeded", url)
		}
	}
	for _, token := range []string{"", "rtk x", "rtk\n"} {
		if _, err := Dial("http://127.0.0.1:1", token); err == nil {
			t.Errorf("Dial with token %q succeeded", token)
		}
	}
	if target, secure, err := parseBaseURL("https://example.com"); err != nil || target != "dns:///example.com:443" || !secure {
		t.Errorf("https://example.com gave %q %v %v", target, secure, err)
	}
	if target, secure, err := parseBaseURL("http://[::1]:9/"); err != nil || target != "dns:///[::1]:9" || secure {
		t.Errorf("http://[::1]:9/ gave %q %v %v", target, secure, err)
	}
}
