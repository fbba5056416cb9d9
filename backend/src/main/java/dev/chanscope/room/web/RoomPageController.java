package dev.chanscope.room.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /r/{code}}, the address a room's QR code and link give: the playground page, which reads
 * the code from its address and joins the room.
 */
@Controller
class RoomPageController {

    @GetMapping("/r/{code}")
    String page() {
        return "forward:/index.html";
    }
}
