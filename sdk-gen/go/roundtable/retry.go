package roundtable

import (
	"context"
	"math/rand/v2"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
)

// RetryPolicy says how idempotent calls are retried: unary RPCs whose
// method name starts with `Get` or `List`, on UNAVAILABLE, and on
// DEADLINE_EXCEEDED when the caller's context has no deadline of its own.
// Nothing else is ever retried; writes carry `request_id` idempotency keys
// the caller chooses.
type RetryPolicy struct {
	// Attempts in all, the first included; 1 or less turns retries off.
	MaxAttempts int
	// The wait before the first retry; each later wait doubles, up to
	// MaxBackoff. Every wait is drawn at random between half and all of it.
	InitialBackoff time.Duration
	// The longest wait between two attempts.
	MaxBackoff time.Duration
}

// DefaultRetryPolicy: at most 3 attempts, waiting about 100 ms, then 200 ms.
var DefaultRetryPolicy = RetryPolicy{MaxAttempts: 3, InitialBackoff: 100 * time.Millisecond, MaxBackoff: 2 * time.Second}

// Idempotent reports whether a full method name (`/package.Service/Method`)
// names a call that is safe to retry: a unary Get* or List* method.
func Idempotent(fullMethod string) bool {
	name := fullMethod[strings.LastIndexByte(fullMethod, '/')+1:]
	return strings.HasPrefix(name, "Get") || strings.HasPrefix(name, "List")
}

func (p RetryPolicy) unaryInterceptor() grpc.UnaryClientInterceptor {
	return func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		if p.MaxAttempts <= 1 || !Idempotent(method) {
			return invoker(ctx, method, req, reply, cc, opts...)
		}
		_, callerDeadline := ctx.Deadline()
		backoff := p.InitialBackoff
		for attempt := 1; ; attempt++ {
			err := invoker(ctx, method, req, reply, cc, opts...)
			if err == nil || attempt >= p.MaxAttempts || !retryable(err, callerDeadline) {
				return err
			}
			if m, ok := reply.(proto.Message); ok {
				proto.Reset(m)
			}
			timer := time.NewTimer(jitter(backoff))
			select {
			case <-ctx.Done():
				timer.Stop()
				return err
			case <-timer.C:
			}
			backoff = min(2*backoff, p.MaxBackoff)
		}
	}
}

func retryable(err error, callerDeadline bool) bool {
	switch status.Code(err) {
	case codes.Unavailable:
		return true
	case codes.DeadlineExceeded:
		return !callerDeadline
	default:
		return false
	}
}

// jitter draws a wait between half and all of d.
func jitter(d time.Duration) time.Duration {
	if d <= 1 {
		return d
	}
	half := d / 2
	return half + rand.N(d-half+1)
}
