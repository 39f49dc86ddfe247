// Package roundtable is the Go client of the Roundtable API.
//
// The generated code lives in
// github.com/roundtable-dev/roundtable/sdk-gen/go/gen/roundtable/v1 (one
// client per service, e.g. roundtablev1.NewRoomServiceClient). This package
// adds what makes it pleasant to use:
//
//   - Dial: a connection from a base URL and a bearer token (an API key
//     `rtk_…` or a JWT) sent on every call;
//   - retries of idempotent calls (Get* and List*) on UNAVAILABLE;
//   - SendMessageStream, Subscribe and SubscribeResuming, which turn the
//     streaming RPCs into iterators (iter.Seq2), the last one resuming from
//     the cursor when the stream breaks;
//   - ParseError, which reads the google.rpc details of an error.
//
// A *Client is a grpc.ClientConnInterface, so every generated client is
// built from it:
//
//	client, err := roundtable.Dial("http://127.0.0.1:8080", os.Getenv("ROUNDTABLE_API_KEY"))
//	if err != nil { ... }
//	defer client.Close()
//	spaces := roundtablev1.NewSpaceServiceClient(client)
//	resp, err := spaces.CreateSpace(ctx, &roundtablev1.CreateSpaceRequest{Name: "Acme"})
package roundtable

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
)

// Client is a connection to a Roundtable server that authenticates every
// call with a bearer token. It is safe for concurrent use; make one per
// server and reuse it.
type Client struct {
	conn *grpc.ClientConn
}

var _ grpc.ClientConnInterface = (*Client)(nil)

// Option changes how Dial connects.
type Option func(*options)

type options struct {
	retry       RetryPolicy
	tlsConfig   *tls.Config
	dialOptions []grpc.DialOption
}

// WithRetryPolicy replaces DefaultRetryPolicy for idempotent calls. A
// policy with MaxAttempts 1 turns retries off.
func WithRetryPolicy(policy RetryPolicy) Option {
	return func(o *options) { o.retry = policy }
}

// WithTLSConfig sets the TLS configuration for an `https://` base URL
// (for example a private certificate authority). It is ignored for
// `http://`.
func WithTLSConfig(config *tls.Config) Option {
	return func(o *options) { o.tlsConfig = config }
}

// WithDialOptions adds gRPC dial options (interceptors, keepalive, a
// custom dialer…). They apply after the ones Dial sets.
func WithDialOptions(dialOptions ...grpc.DialOption) Option {
	return func(o *options) { o.dialOptions = append(o.dialOptions, dialOptions...) }
}

// Dial makes a client for the server at baseURL: `http://host:port` for
// plain-text HTTP/2 (h2c), or `https://host[:port]` for TLS checked
// against the system's certificate authorities. token is an API key or a
// JWT, sent as `authorization: Bearer <token>` on every call; over plain
// text too, so use `http://` only on a trusted network such as loopback.
//
// Dial does not wait for the connection: the first call connects, and
// fails with UNAVAILABLE if the server cannot be reached.
func Dial(baseURL, token string, opts ...Option) (*Client, error) {
	o := options{retry: DefaultRetryPolicy}
	for _, opt := range opts {
		opt(&o)
	}
	if err := checkToken(token); err != nil {
		return nil, err
	}
	target, secure, err := parseBaseURL(baseURL)
	if err != nil {
		return nil, err
	}
	var transport credentials.TransportCredentials
	if secure {
		config := &tls.Config{MinVersion: tls.VersionTLS12}
		if o.tlsConfig != nil {
			config = o.tlsConfig.Clone()
		}
		transport = credentials.NewTLS(config)
	} else {
		transport = insecure.NewCredentials()
	}
	dialOptions := []grpc.DialOption{
		grpc.WithTransportCredentials(transport),
		grpc.WithPerRPCCredentials(bearer{token: token, secure: secure}),
		grpc.WithChainUnaryInterceptor(o.retry.unaryInterceptor()),
	}
	dialOptions = append(dialOptions, o.dialOptions...)
	conn, err := grpc.NewClient(target, dialOptions...)
	if err != nil {
		return nil, fmt.Errorf("roundtable: connecting to %s: %w", baseURL, err)
	}
	return &Client{conn: conn}, nil
}

// Invoke performs a unary RPC; it makes Client a grpc.ClientConnInterface.
func (c *Client) Invoke(ctx context.Context, method string, args, reply any, opts ...grpc.CallOption) error {
	return c.conn.Invoke(ctx, method, args, reply, opts...)
}

// NewStream begins a streaming RPC; it makes Client a
// grpc.ClientConnInterface.
func (c *Client) NewStream(ctx context.Context, desc *grpc.StreamDesc, method string, opts ...grpc.CallOption) (grpc.ClientStream, error) {
	return c.conn.NewStream(ctx, desc, method, opts...)
}

// Conn returns the underlying gRPC connection.
func (c *Client) Conn() *grpc.ClientConn { return c.conn }

// Close closes the connection; calls in flight fail with CANCELED.
func (c *Client) Close() error { return c.conn.Close() }

// parseBaseURL turns `http://host:port` or `https://host[:port]` into a
// gRPC target and whether it uses TLS.
func parseBaseURL(baseURL string) (target string, secure bool, err error) {
	u, err := url.Parse(baseURL)
	if err != nil {
		return "", false, fmt.Errorf("roundtable: invalid base URL %q: %w", baseURL, err)
	}
	var defaultPort string
	switch u.Scheme {
	case "http":
		defaultPort = "80"
	case "https":
		secure, defaultPort = true, "443"
	default:
		return "", false, fmt.Errorf("roundtable: base URL %q must start with http:// or https://", baseURL)
	}
	if u.Host == "" || u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return "", false, fmt.Errorf("roundtable: base URL %q must be scheme://host[:port] with nothing after it", baseURL)
	}
	host, port := u.Hostname(), u.Port()
	if port == "" {
		port = defaultPort
	}
	return "dns:///" + net.JoinHostPort(host, port), secure, nil
}

func checkToken(token string) error {
	if token == "" {
		return errors.New("roundtable: the token is empty")
	}
	if strings.IndexFunc(token, func(r rune) bool { return r <= ' ' || r >= 0x7f }) >= 0 {
		return errors.New("roundtable: the token must be printable ASCII without spaces")
	}
	return nil
}

// bearer sends the token with every call.
type bearer struct {
	token  string
	secure bool
}

func (b bearer) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + b.token}, nil
}

// RequireTransportSecurity is true for `https://` clients, so the token is
// never sent in the clear by a connection that was meant to be secure.
func (b bearer) RequireTransportSecurity() bool { return b.secure }
