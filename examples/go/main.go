// Creates a space, a room and a REPLR in it, then mentions the REPLR and
// prints its reply as it streams in.
//
//	ROUNDTABLE_API_KEY=rtk_… go run .
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	roundtablev1 "github.com/roundtable-dev/roundtable/sdk-gen/go/gen/roundtable/v1"
	"github.com/roundtable-dev/roundtable/sdk-gen/go/roundtable"
)

func main() {
	ctx := context.Background()
	url := os.Getenv("ROUNDTABLE_URL")
	if url == "" {
		url = "http://127.0.0.1:8080"
	}
	client, err := roundtable.Dial(url, os.Getenv("ROUNDTABLE_API_KEY"))
	if err != nil {
		log.Fatal(err)
	}
	defer client.Close()

	space, err := roundtablev1.NewSpaceServiceClient(client).CreateSpace(ctx, &roundtablev1.CreateSpaceRequest{Name: "Team"})
	if err != nil {
		log.Fatal(err)
	}
	rooms := roundtablev1.NewRoomServiceClient(client)
	room, err := rooms.CreateRoom(ctx, &roundtablev1.CreateRoomRequest{SpaceId: space.GetSpace().GetSpaceId(), Name: "general"})
	if err != nil {
		log.Fatal(err)
	}
	replr, err := roundtablev1.NewReplrServiceClient(client).CreateReplr(ctx, &roundtablev1.CreateReplrRequest{
		SpaceId:     space.GetSpace().GetSpaceId(),
		Handle:      "helper",
		DisplayName: "Helper",
		ReplyMode:   roundtablev1.ReplyMode_REPLY_MODE_ON_MENTION,
	})
	if err != nil {
		log.Fatal(err)
	}
	roomID := room.GetRoom().GetRoomId()
	if _, err := rooms.AddReplr(ctx, &roundtablev1.AddReplrRequest{RoomId: roomID, ReplrId: replr.GetReplr().GetReplrId()}); err != nil {
		log.Fatal(err)
	}

	for item, err := range client.SendMessageStream(ctx, &roundtablev1.SendMessageStreamRequest{RoomId: roomID, Text: "Hi @helper"}) {
		if err != nil {
			log.Fatal(err)
		}
		switch kind := item.GetKind().(type) {
		case *roundtablev1.SendMessageStreamResponse_Message:
			fmt.Printf("sent: %s\n", kind.Message.GetText())
		case *roundtablev1.SendMessageStreamResponse_ReplyStarted:
			fmt.Println("reply_started")
		case *roundtablev1.SendMessageStreamResponse_ReplyDelta:
			fmt.Printf("reply_delta %d: %q\n", kind.ReplyDelta.GetSequence(), kind.ReplyDelta.GetText())
		case *roundtablev1.SendMessageStreamResponse_ReplyFinished:
			fmt.Printf("reply_finished: %s\n", kind.ReplyFinished.GetText())
		}
	}
}
