// A minimal room page on the TypeScript SDK over gRPC-Web: joins the room,
// follows its events and shows REPLR replies as they stream in.
// Query parameters: server (the Roundtable base URL), token (an API key),
// room (the room id).
import {
  Code,
  MessageService,
  ReplyTexts,
  RoomRole,
  RoomService,
  UserService,
  createRoundtable,
  roundtableError,
} from "@roundtable/sdk/web";
import type { Event, Message } from "@roundtable/sdk/web";

const params = new URLSearchParams(location.search);
const server = params.get("server") ?? "";
const token = params.get("token") ?? "";
const roomId = params.get("room") ?? "";

const statusLine = document.getElementById("status") as HTMLParagraphElement;
const log = document.getElementById("log") as HTMLUListElement;
const form = document.getElementById("composer") as HTMLFormElement;
const input = document.getElementById("text") as HTMLInputElement;
const button = document.getElementById("send") as HTMLButtonElement;

function setStatus(text: string, state: string): void {
  statusLine.textContent = text;
  statusLine.dataset.state = state;
}

/** The list item of a message, created on first sight. */
function itemFor(message: Message): HTMLLIElement {
  let item = log.querySelector<HTMLLIElement>(`li[data-message-id="${message.messageId}"]`);
  if (item === null) {
    item = document.createElement("li");
    item.dataset.messageId = message.messageId;
    item.dataset.sender = message.sender?.username ?? "";
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = message.sender?.displayName || message.sender?.username || "?";
    const text = document.createElement("span");
    text.className = "text";
    item.append(who, text);
    log.append(item);
  }
  return item;
}

function show(message: Message, text: string, state: string): void {
  const item = itemFor(message);
  item.dataset.state = state;
  (item.querySelector(".text") as HTMLSpanElement).textContent = text;
}

async function main(): Promise<void> {
  if (!server || !token || !roomId) {
    setStatus("missing server, token or room in the address", "error");
    return;
  }
  const rt = createRoundtable({ baseUrl: server, token });
  const { user } = await rt.client(UserService).getCurrentUser({});
  if (!user) {
    throw new Error("GetCurrentUser returned no user");
  }
  try {
    await rt.client(RoomService).addRoomMember({ roomId, userId: user.userId, role: RoomRole.MEMBER });
  } catch (error) {
    if (roundtableError(error).reason !== "ROOM_MEMBER_EXISTS") {
      throw error;
    }
  }
  const { room } = await rt.client(RoomService).getRoom({ roomId });
  (document.getElementById("title") as HTMLHeadingElement).textContent = room?.name ?? "Roundtable";

  const replies = new ReplyTexts();
  const messages = rt.client(MessageService);
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    const text = input.value;
    input.value = "";
    messages.sendMessage({ roomId, text }).catch((error) => {
      setStatus(`not sent: ${roundtableError(error).message}`, "error");
    });
  });

  const handle = (event: Event) => {
    switch (event.kind.case) {
      case "subscribed":
        setStatus(`joined as ${user.username}`, "joined");
        input.disabled = false;
        button.disabled = false;
        break;
      case "messageCreated":
      case "messageEdited":
        show(event.kind.value, event.kind.value.text, "sent");
        break;
      case "messageDeleted":
        show(event.kind.value, "(deleted)", "deleted");
        break;
      case "replyStarted":
        replies.start(event.kind.value);
        show(event.kind.value, replies.text(event.kind.value.messageId) ?? "", "streaming");
        break;
      case "replyDelta": {
        const item = log.querySelector<HTMLLIElement>(`li[data-message-id="${event.kind.value.messageId}"]`);
        const text = replies.apply(event.kind.value);
        if (item !== null) {
          (item.querySelector(".text") as HTMLSpanElement).textContent = text;
        }
        break;
      }
      case "replyCompleted":
      case "replyFailed":
      case "replyCancelled": {
        replies.finish(event.kind.value);
        const state = event.kind.case.replace("reply", "").toLowerCase();
        show(event.kind.value, event.kind.value.text, state);
        break;
      }
    }
  };
  for await (const event of rt.subscribe({ roomIds: [roomId] })) {
    handle(event);
  }
}

main().catch((error) => {
  const failure = roundtableError(error);
  setStatus(
    failure.code === Code.Unauthenticated ? "the token was refused" : `failed: ${failure.status} ${failure.message}`,
    "error",
  );
  console.error(error);
});
