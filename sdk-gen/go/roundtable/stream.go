package roundtable

import (
	"context"
	"errors"
	"io"
	"iter"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	roundtablev1 "github.com/roundtable-dev/roundtable/sdk-gen/go/gen/roundtable/v1"
)

// SendMessageStream sends a message (MessageService.SendMessageStream) and
// yields what follows from it: the stored message first, then for each
// reply it started its `reply_started`, every `reply_delta` and its
// `reply_finished`. The sequence ends when the server ends the stream. A
// failure is yielded once, as (nil, err), and ends the sequence. Breaking
// out of the loop cancels the call (the replies go on on the server).
//
//	for item, err := range client.SendMessageStream(ctx, req) {
//		if err != nil { return err }
//		if d := item.GetReplyDelta(); d != nil { fmt.Print(d.GetText()) }
//	}
func (c *Client) SendMessageStream(ctx context.Context, req *roundtablev1.SendMessageStreamRequest) iter.Seq2[*roundtablev1.SendMessageStreamResponse, error] {
	return func(yield func(*roundtablev1.SendMessageStreamResponse, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		stream, err := roundtablev1.NewMessageServiceClient(c).SendMessageStream(ctx, req)
		if err != nil {
			yield(nil, err)
			return
		}
		for {
			item, err := stream.Recv()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				yield(nil, err)
				return
			}
			if !yield(item, nil) {
				return
			}
		}
	}
}

// Subscribe streams events (EventService.Subscribe) until the server ends
// the stream, the context is done, or the loop breaks (which cancels the
// call). A failure is yielded once, as (nil, err), and ends the sequence.
// For a subscription that survives broken connections, use
// SubscribeResuming.
func (c *Client) Subscribe(ctx context.Context, req *roundtablev1.SubscribeRequest) iter.Seq2[*roundtablev1.Event, error] {
	return func(yield func(*roundtablev1.Event, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		stream, err := roundtablev1.NewEventServiceClient(c).Subscribe(ctx, req)
		if err != nil {
			yield(nil, err)
			return
		}
		for {
			resp, err := stream.Recv()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				yield(nil, err)
				return
			}
			if !yield(resp.GetEvent(), nil) {
				return
			}
		}
	}
}

// How long SubscribeResuming waits before resubscribing: from
// resumeInitialBackoff, doubling after each attempt that delivered nothing,
// up to resumeMaxBackoff.
const (
	resumeInitialBackoff = 100 * time.Millisecond
	resumeMaxBackoff     = 5 * time.Second
)

// SubscribeResuming is Subscribe that keeps going: it remembers the cursor
// of the last event it yielded and, when the stream breaks (UNAVAILABLE,
// the server ending the stream, or a `resync_required` event, which it
// does not yield), subscribes again from that cursor, so the caller sees
// every stored event once and in order. Each new subscription yields its
// own `subscribed` event after its replay. It waits between attempts (from
// 100 ms, doubling, at most 5 s) and ends only when the context is done,
// the loop breaks, or the server answers with another error (such as
// PERMISSION_DENIED), which it yields as (nil, err).
func (c *Client) SubscribeResuming(ctx context.Context, req *roundtablev1.SubscribeRequest) iter.Seq2[*roundtablev1.Event, error] {
	return func(yield func(*roundtablev1.Event, error) bool) {
		cursor := req.GetCursor()
		backoff := resumeInitialBackoff
		for {
			attempt := proto.Clone(req).(*roundtablev1.SubscribeRequest)
			attempt.Cursor = cursor
			delivered := false
			for event, err := range c.Subscribe(ctx, attempt) {
				if err != nil {
					if ctx.Err() != nil {
						yield(nil, ctx.Err())
						return
					}
					if status.Code(err) != codes.Unavailable {
						yield(nil, err)
						return
					}
					break
				}
				if event.GetResyncRequired() != nil {
					if event.GetCursor() != "" {
						cursor = event.GetCursor()
					}
					break
				}
				if event.GetCursor() != "" {
					cursor = event.GetCursor()
				}
				delivered = true
				if !yield(event, nil) {
					return
				}
			}
			if delivered {
				backoff = resumeInitialBackoff
			}
			timer := time.NewTimer(jitter(backoff))
			select {
			case <-ctx.Done():
				timer.Stop()
				yield(nil, ctx.Err())
				return
			case <-timer.C:
			}
			backoff = min(2*backoff, resumeMaxBackoff)
		}
	}
}

// ReplyTexts rebuilds the text of streaming replies from `reply_delta`
// items, per reply message, as the contract says: a delta whose sequence
// is one more than the last applied is appended, older ones are ignored,
// and a snapshot replaces the text. The zero value is ready to use; it is
// not safe for concurrent use.
type ReplyTexts struct {
	replies map[string]*replyText
}

type replyText struct {
	sequence int64
	text     []byte
}

// Apply applies a delta and reports whether it changed the text. A delta
// that skips a sequence number is not applied either: the text is then
// incomplete until a snapshot arrives (or GetReplyJob is asked).
func (r *ReplyTexts) Apply(delta *roundtablev1.ReplyDelta) bool {
	if r.replies == nil {
		r.replies = make(map[string]*replyText)
	}
	reply := r.replies[delta.GetMessageId()]
	if reply == nil {
		reply = &replyText{}
		r.replies[delta.GetMessageId()] = reply
	}
	switch {
	case delta.GetSnapshot():
		reply.sequence = delta.GetSequence()
		reply.text = append(reply.text[:0], delta.GetText()...)
		return true
	case delta.GetSequence() == reply.sequence+1:
		reply.sequence++
		reply.text = append(reply.text, delta.GetText()...)
		return true
	default:
		return false
	}
}

// Text returns a reply's text so far.
func (r *ReplyTexts) Text(messageID string) string {
	if reply := r.replies[messageID]; reply != nil {
		return string(reply.text)
	}
	return ""
}

// Sequence returns the sequence number of the last delta applied to a
// reply (0 for none).
func (r *ReplyTexts) Sequence(messageID string) int64 {
	if reply := r.replies[messageID]; reply != nil {
		return reply.sequence
	}
	return 0
}
