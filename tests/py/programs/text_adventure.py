ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"], "dark": True},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a locked cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "playing"
        self.unlocked = set()

    def describe(self):
        r = ROOMS[self.room]
        if r.get("dark") and "lamp" not in self.inventory:
            return "It is pitch dark."
        items = ", ".join(r["items"]) or "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return f"You are in {r['desc']}. You see: {items}. Exits: {exits}."

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if ROOMS[target].get("locked") and target not in self.unlocked:
            if "key" in self.inventory:
                self.unlocked.add(target)
                msg = "You unlock the door with the key. "
            else:
                return "The way is locked."
        else:
            msg = ""
        self.room = target
        return msg + self.describe()

    def take(self, item):
        r = ROOMS[self.room]
        if r.get("dark") and "lamp" not in self.inventory:
            return "You fumble in the dark."
        if item not in r["items"]:
            return f"There is no {item} here."
        r["items"].remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
            return "You found the treasure!"
        return f"Taken: {item}."

    def drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        ROOMS[self.room]["items"].append(item)
        return f"Dropped: {item}."

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        self.moves += 1
        match words:
            case ["look"]:
                return self.describe()
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                return self.go(direction)
            case ["take" | "get", item]:
                return self.take(item)
            case ["drop", item]:
                return self.drop(item)
            case ["inventory" | "i"]:
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
            case ["quit"]:
                self.state = "quit"
                return "Bye."
            case _:
                self.moves -= 1
                return f"I don't understand {line!r}."


script = ["look", "north", "take key", "south", "take lamp", "go north", "take key", "take book",
          "inventory", "dance wildly", "south", "east", "drop book", "look", "down", "take treasure", "look"]
game = Game()
for command in script:
    if game.state != "playing":
        break
    print(f"> {command}")
    print(game.handle(command))
print(f"Game over: {game.state} in {game.moves} moves; carrying {sorted(game.inventory)}")
