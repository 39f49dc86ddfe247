// Creates a space, a room and a REPLR in it, then mentions the REPLR and
// prints its reply as it streams in. An ES module ("type": "module" in
// package.json), run with: ROUNDTABLE_API_KEY=rtk_… npx tsx quickstart.ts
import { ReplrService, ReplyMode, RoomService, SpaceService } from "@roundtable/sdk";
import { createRoundtable } from "@roundtable/sdk/node"; // "@roundtable/sdk/web" in browsers

const rt = createRoundtable({
  baseUrl: process.env.ROUNDTABLE_URL ?? "http://127.0.0.1:8080",
  token: process.env.ROUNDTABLE_API_KEY!,
});

const { space } = await rt.client(SpaceService).createSpace({ name: "Team" });
const { room } = await rt.client(RoomService).createRoom({ spaceId: space!.spaceId, name: "general" });
const { replr } = await rt.client(ReplrService).createReplr({
  spaceId: space!.spaceId,
  handle: "helper",
  displayName: "Helper",
  replyMode: ReplyMode.ON_MENTION,
});
await rt.client(RoomService).addReplr({ roomId: room!.roomId, replrId: replr!.replrId });

for await (const item of rt.sendMessageStream({ roomId: room!.roomId, text: "Hi @helper" })) {
  switch (item.kind.case) {
    case "message":
      console.log(`sent: ${item.kind.value.text}`);
      break;
    case "replyStarted":
      console.log("reply_started");
      break;
    case "replyDelta":
      console.log(`reply_delta ${item.kind.value.sequence}: ${JSON.stringify(item.kind.value.text)}`);
      break;
    case "replyFinished":
      console.log(`reply_finished: ${item.kind.value.text}`);
      break;
  }
}
