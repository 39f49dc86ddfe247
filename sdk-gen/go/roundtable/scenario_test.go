package roundtable_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"

	roundtablev1 "github.com/roundtable-dev/roundtable/sdk-gen/go/gen/roundtable/v1"
	"github.com/roundtable-dev/roundtable/sdk-gen/go/roundtable"
)

// TestScenario runs the SDK scenario (sdk-gen/README.md) against the
// server at $ROUNDTABLE_URL as the admin $ROUNDTABLE_ADMIN_KEY. sdk-gen/go/
// test.sh starts it that way; without the variables it is skipped.
func TestScenario(t *testing.T) {
	url, key := os.Getenv("ROUNDTABLE_URL"), os.Getenv("ROUNDTABLE_ADMIN_KEY")
	if url == "" || key == "" {
		t.Skip("ROUNDTABLE_URL and ROUNDTABLE_ADMIN_KEY are not set: no server to run the scenario against (sdk-gen/test starts one)")
	}
	client, err := roundtable.Dial(url, key)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	s := &scenario{
		client:   client,
		url:      url,
		spaces:   roundtablev1.NewSpaceServiceClient(client),
		rooms:    roundtablev1.NewRoomServiceClient(client),
		replrs:   roundtablev1.NewReplrServiceClient(client),
		messages: roundtablev1.NewMessageServiceClient(client),
	}
	if !t.Run("setup", s.setup) {
		t.FailNow()
	}
	t.Run("reply_token_by_token", s.replyTokenByToken)
	t.Run("paging", s.paging)
	t.Run("react_edit_delete", s.reactEditDelete)
	t.Run("resume", s.resume)
	t.Run("errors", s.errors)
}

type scenario struct {
	client   *roundtable.Client
	url      string
	spaces   roundtablev1.SpaceServiceClient
	rooms    roundtablev1.RoomServiceClient
	replrs   roundtablev1.ReplrServiceClient
	messages roundtablev1.MessageServiceClient

	room  *roundtablev1.Room
	replr *roundtablev1.Replr
	// The ids of the room's messages, in the order they were stored.
	sent []string
}

func suffix() string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func timeout(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func (s *scenario) setup(t *testing.T) {
	ctx := timeout(t)
	tag := suffix()
	space, err := s.spaces.CreateSpace(ctx, &roundtablev1.CreateSpaceRequest{Name: "Go SDK " + tag})
	if err != nil {
		t.Fatalf("CreateSpace: %v", err)
	}
	room, err := s.rooms.CreateRoom(ctx, &roundtablev1.CreateRoomRequest{SpaceId: space.GetSpace().GetSpaceId(), Name: "general"})
	if err != nil {
		t.Fatalf("CreateRoom: %v", err)
	}
	replr, err := s.replrs.CreateReplr(ctx, &roundtablev1.CreateReplrRequest{
		SpaceId:   space.GetSpace().GetSpaceId(),
		Handle:    "sdkbot_" + tag,
		ReplyMode: roundtablev1.ReplyMode_REPLY_MODE_ON_MENTION,
	})
	if err != nil {
		t.Fatalf("CreateReplr: %v", err)
	}
	added, err := s.rooms.AddReplr(ctx, &roundtablev1.AddReplrRequest{RoomId: room.GetRoom().GetRoomId(), ReplrId: replr.GetReplr().GetReplrId()})
	if err != nil {
		t.Fatalf("AddReplr: %v", err)
	}
	if got := added.GetRoom().GetReplrs(); len(got) != 1 || got[0].GetReplrId() != replr.GetReplr().GetReplrId() {
		t.Fatalf("room REPLRs after AddReplr: %v", got)
	}
	s.room, s.replr = added.GetRoom(), replr.GetReplr()
}

func (s *scenario) send(ctx context.Context, t *testing.T, text string) *roundtablev1.Message {
	t.Helper()
	resp, err := s.messages.SendMessage(ctx, &roundtablev1.SendMessageRequest{RoomId: s.room.GetRoomId(), Text: text})
	if err != nil {
		t.Fatalf("SendMessage(%q): %v", text, err)
	}
	s.sent = append(s.sent, resp.GetMessage().GetMessageId())
	return resp.GetMessage()
}

func (s *scenario) replyTokenByToken(t *testing.T) {
	ctx := timeout(t)
	req := &roundtablev1.SendMessageStreamRequest{
		RoomId: s.room.GetRoomId(),
		Text:   fmt.Sprintf("@%s what is a round table for?", s.replr.GetHandle()),
	}
	var (
		items    int
		started  *roundtablev1.Message
		finished *roundtablev1.Message
		deltas   []string
		texts    roundtable.ReplyTexts
	)
	for item, err := range s.client.SendMessageStream(ctx, req) {
		if err != nil {
			t.Fatalf("SendMessageStream after %d items: %v", items, err)
		}
		items++
		switch kind := item.GetKind().(type) {
		case *roundtablev1.SendMessageStreamResponse_Message:
			if items != 1 {
				t.Fatalf("the message came as item %d, not first", items)
			}
			mentions := kind.Message.GetReplrMentions()
			if len(mentions) != 1 || mentions[0].GetReplrId() != s.replr.GetReplrId() {
				t.Fatalf("replr_mentions %v, want the REPLR", mentions)
			}
			s.sent = append(s.sent, kind.Message.GetMessageId())
		case *roundtablev1.SendMessageStreamResponse_ReplyStarted:
			if items != 2 || started != nil {
				t.Fatalf("reply_started as item %d", items)
			}
			started = kind.ReplyStarted
			if started.GetSender().GetId() != s.replr.GetReplrId() || started.GetReply().GetState() != roundtablev1.ReplyState_REPLY_STATE_STREAMING {
				t.Fatalf("reply_started %v", started)
			}
			s.sent = append(s.sent, started.GetMessageId())
		case *roundtablev1.SendMessageStreamResponse_ReplyDelta:
			d := kind.ReplyDelta
			if started == nil || finished != nil || d.GetMessageId() != started.GetMessageId() {
				t.Fatalf("reply_delta out of place: %v", d)
			}
			if d.GetSnapshot() || d.GetSequence() != int64(len(deltas)+1) {
				t.Fatalf("delta %d has sequence %d (snapshot %v)", len(deltas)+1, d.GetSequence(), d.GetSnapshot())
			}
			if !texts.Apply(d) {
				t.Fatalf("delta %v not applied", d)
			}
			deltas = append(deltas, d.GetText())
		case *roundtablev1.SendMessageStreamResponse_ReplyFinished:
			if started == nil || finished != nil || kind.ReplyFinished.GetMessageId() != started.GetMessageId() {
				t.Fatalf("reply_finished out of place: %v", kind.ReplyFinished)
			}
			finished = kind.ReplyFinished
		default:
			t.Fatalf("unexpected item %v", item)
		}
	}
	if finished == nil {
		t.Fatalf("the stream ended after %d items without reply_finished", items)
	}
	if finished.GetReply().GetState() != roundtablev1.ReplyState_REPLY_STATE_COMPLETE {
		t.Fatalf("reply ended in %v: %s", finished.GetReply().GetState(), finished.GetReply().GetFailureMessage())
	}
	if len(deltas) < 2 {
		t.Fatalf("the reply came in %d deltas, want token by token", len(deltas))
	}
	joined := strings.Join(deltas, "")
	if joined != finished.GetText() || texts.Text(finished.GetMessageId()) != joined {
		t.Fatalf("deltas %q differ from the finished text %q", joined, finished.GetText())
	}
	stored, err := s.messages.GetMessage(ctx, &roundtablev1.GetMessageRequest{MessageId: finished.GetMessageId()})
	if err != nil {
		t.Fatalf("GetMessage(reply): %v", err)
	}
	if stored.GetMessage().GetText() != joined {
		t.Fatalf("stored reply %q differs from the deltas %q", stored.GetMessage().GetText(), joined)
	}
}

func (s *scenario) paging(t *testing.T) {
	ctx := timeout(t)
	for i := 1; i <= 3; i++ {
		s.send(ctx, t, fmt.Sprintf("paging message %d", i))
	}
	var listed []string
	token := ""
	for pages := 1; ; pages++ {
		if pages > 50 {
			t.Fatal("ListMessages never returned an empty next_page_token")
		}
		resp, err := s.messages.ListMessages(ctx, &roundtablev1.ListMessagesRequest{RoomId: s.room.GetRoomId(), PageSize: 2, PageToken: token})
		if err != nil {
			t.Fatalf("ListMessages page %d: %v", pages, err)
		}
		if len(resp.GetMessages()) > 2 {
			t.Fatalf("page %d has %d messages, asked for 2", pages, len(resp.GetMessages()))
		}
		for _, m := range resp.GetMessages() {
			listed = append(listed, m.GetMessageId())
		}
		if token = resp.GetNextPageToken(); token == "" {
			break
		}
	}
	if strings.Join(listed, ",") != strings.Join(s.sent, ",") {
		t.Fatalf("listed %v, want exactly %v in the order sent", listed, s.sent)
	}
}

func (s *scenario) reactEditDelete(t *testing.T) {
	ctx := timeout(t)
	m := s.send(ctx, t, "react, edit, delete me")
	reacted, err := s.messages.AddReaction(ctx, &roundtablev1.AddReactionRequest{MessageId: m.GetMessageId(), Emoji: "👍"})
	if err != nil {
		t.Fatalf("AddReaction: %v", err)
	}
	if r := reacted.GetMessage().GetReactions(); len(r) != 1 || r[0].GetEmoji() != "👍" || r[0].GetCount() != 1 || !r[0].GetReactedByMe() {
		t.Fatalf("reactions %v, want one 👍 by me", r)
	}
	edited, err := s.messages.EditMessage(ctx, &roundtablev1.EditMessageRequest{MessageId: m.GetMessageId(), Text: "edited text"})
	if err != nil {
		t.Fatalf("EditMessage: %v", err)
	}
	if edited.GetMessage().GetText() != "edited text" || edited.GetMessage().GetEditTime() == nil {
		t.Fatalf("edited message %v", edited.GetMessage())
	}
	deleted, err := s.messages.DeleteMessage(ctx, &roundtablev1.DeleteMessageRequest{MessageId: m.GetMessageId()})
	if err != nil {
		t.Fatalf("DeleteMessage: %v", err)
	}
	if deleted.GetMessage().GetDeleteTime() == nil || deleted.GetMessage().GetText() != "" {
		t.Fatalf("deleted message %v", deleted.GetMessage())
	}
}

// next reads events, skipping heartbeats, until one arrives or the wait
// is over.
func next(t *testing.T, events <-chan eventOrError) *roundtablev1.Event {
	t.Helper()
	for {
		select {
		case e, ok := <-events:
			if !ok {
				t.Fatal("the subscription ended")
			}
			if e.err != nil {
				t.Fatalf("subscription: %v", e.err)
			}
			if e.event.GetHeartbeat() != nil {
				continue
			}
			return e.event
		case <-time.After(20 * time.Second):
			t.Fatal("no event within 20 seconds")
		}
	}
}

type eventOrError struct {
	event *roundtablev1.Event
	err   error
}

// subscribe runs a subscription in the background, handing its events over
// a channel, until ctx is cancelled.
func (s *scenario) subscribe(ctx context.Context, cursor string) <-chan eventOrError {
	events := make(chan eventOrError)
	go func() {
		defer close(events)
		req := &roundtablev1.SubscribeRequest{RoomIds: []string{s.room.GetRoomId()}, Cursor: cursor}
		for event, err := range s.client.Subscribe(ctx, req) {
			select {
			case events <- eventOrError{event, err}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return events
}

func (s *scenario) resume(t *testing.T) {
	ctx := timeout(t)
	first, drop := context.WithCancel(ctx)
	events := s.subscribe(first, "")
	if e := next(t, events); e.GetSubscribed() == nil {
		drop()
		t.Fatalf("first event %v, want subscribed", e)
	}
	a := s.send(ctx, t, "message A")
	created := next(t, events)
	if created.GetMessageCreated().GetMessageId() != a.GetMessageId() || created.GetCursor() == "" {
		drop()
		t.Fatalf("event %v, want message_created A with a cursor", created)
	}
	cursor := created.GetCursor()
	drop() // the connection is gone; what follows is missed
	for range events {
	}

	b := s.send(ctx, t, "message B")
	c := s.send(ctx, t, "message C")
	if _, err := s.messages.AddReaction(ctx, &roundtablev1.AddReactionRequest{MessageId: b.GetMessageId(), Emoji: "🎉"}); err != nil {
		t.Fatalf("AddReaction: %v", err)
	}

	second, stop := context.WithCancel(ctx)
	defer stop()
	events = s.subscribe(second, cursor)
	if e := next(t, events); e.GetMessageCreated().GetMessageId() != b.GetMessageId() {
		t.Fatalf("first replayed event %v, want message_created B", e)
	}
	if e := next(t, events); e.GetMessageCreated().GetMessageId() != c.GetMessageId() {
		t.Fatalf("second replayed event %v, want message_created C", e)
	}
	if e := next(t, events); e.GetReactionAdded().GetMessageId() != b.GetMessageId() || e.GetReactionAdded().GetEmoji() != "🎉" {
		t.Fatalf("third replayed event %v, want reaction_added 🎉 on B", e)
	}
	if e := next(t, events); e.GetSubscribed() == nil {
		t.Fatalf("fourth event %v, want subscribed (nothing else was missed)", e)
	}
}

func (s *scenario) errors(t *testing.T) {
	ctx := timeout(t)
	_, err := s.messages.SendMessage(ctx, &roundtablev1.SendMessageRequest{RoomId: s.room.GetRoomId(), Text: "   "})
	e := roundtable.ParseError(err)
	if e == nil || e.Code != codes.InvalidArgument || e.Reason != "MESSAGE_EMPTY" || e.Domain != "roundtable" {
		t.Fatalf("empty message: %v, want INVALID_ARGUMENT MESSAGE_EMPTY in domain roundtable", e)
	}
	if len(e.Violations) == 0 || e.Violations[0].Field != "text" {
		t.Fatalf("empty message violations %v, want one on field text", e.Violations)
	}

	_, err = s.rooms.GetRoom(ctx, &roundtablev1.GetRoomRequest{RoomId: "0190f0a0-0000-7000-8000-000000000000"})
	if e := roundtable.ParseError(err); e == nil || e.Code != codes.NotFound || e.Reason != "ROOM_NOT_FOUND" {
		t.Fatalf("unknown room: %v, want NOT_FOUND ROOM_NOT_FOUND", e)
	}

	stranger, err := roundtable.Dial(s.url, "rtk_this_key_does_not_exist_0000")
	if err != nil {
		t.Fatal(err)
	}
	defer stranger.Close()
	_, err = roundtablev1.NewSpaceServiceClient(stranger).ListSpaces(ctx, &roundtablev1.ListSpacesRequest{})
	if e := roundtable.ParseError(err); e == nil || e.Code != codes.Unauthenticated {
		t.Fatalf("wrong key: %v, want UNAUTHENTICATED", e)
	}
}
