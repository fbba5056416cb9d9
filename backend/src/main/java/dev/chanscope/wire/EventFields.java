package dev.chanscope.wire;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Event.AtomicOp;
import dev.chanscope.engine.event.Event.ChanBuffer;
import dev.chanscope.engine.event.Event.ChanClose;
import dev.chanscope.engine.event.Event.ChanHandoff;
import dev.chanscope.engine.event.Event.ChanRecv;
import dev.chanscope.engine.event.Event.ChanRecvClosed;
import dev.chanscope.engine.event.Event.ChanSend;
import dev.chanscope.engine.event.Event.CondNotify;
import dev.chanscope.engine.event.Event.ContextCancel;
import dev.chanscope.engine.event.Event.Diagnostic;
import dev.chanscope.engine.event.Event.GoBlock;
import dev.chanscope.engine.event.Event.GoCreate;
import dev.chanscope.engine.event.Event.GoExit;
import dev.chanscope.engine.event.Event.GoPanic;
import dev.chanscope.engine.event.Event.GoRecover;
import dev.chanscope.engine.event.Event.GoSwitch;
import dev.chanscope.engine.event.Event.GoUnblock;
import dev.chanscope.engine.event.Event.InterventionApplied;
import dev.chanscope.engine.event.Event.LabelDefine;
import dev.chanscope.engine.event.Event.LockAcquire;
import dev.chanscope.engine.event.Event.LockRelease;
import dev.chanscope.engine.event.Event.Log;
import dev.chanscope.engine.event.Event.ObjDefine;
import dev.chanscope.engine.event.Event.OnceDo;
import dev.chanscope.engine.event.Event.Output;
import dev.chanscope.engine.event.Event.ProcAcquire;
import dev.chanscope.engine.event.Event.ProcRelease;
import dev.chanscope.engine.event.Event.RunEnd;
import dev.chanscope.engine.event.Event.SelectBegin;
import dev.chanscope.engine.event.Event.SelectCase;
import dev.chanscope.engine.event.Event.SelectChosen;
import dev.chanscope.engine.event.Event.SemaphoreChange;
import dev.chanscope.engine.event.Event.TimerFire;
import dev.chanscope.engine.event.Event.TimerSet;
import dev.chanscope.engine.event.Event.TimerStop;
import dev.chanscope.engine.event.Event.VarAccess;
import dev.chanscope.engine.event.Event.WaitGroupAdd;

/**
 * The fields of the events {@link EventEncoder} has no method of its own for, in {@link EventSchema}
 * order (the record components' order); the encoder writes the code and time delta before them.
 */
final class EventFields {

    private EventFields() {}

    static void write(Event e, ByteBuf out) {
        switch (e) {
            case LabelDefine x -> {
                out.writeUvarint(x.label());
                out.writeUvarint(x.line());
                // A label with a known source line travels as the number alone: clients read the
                // text from the Go source they already have (docs/protocol.md).
                out.writeString(x.line() > 0 ? "" : x.text());
            }
            case GoCreate x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.parent());
                out.writeString(x.name());
                out.writeUvarint(x.label());
            }
            case ObjDefine x -> {
                out.writeUvarint(x.obj());
                out.writeUvarint(x.kind().ordinal());
                out.writeString(x.name());
                out.writeUvarint(x.arg());
                out.writeUvarint(x.parent());
                out.writeUvarint(x.g());
                out.writeUvarint(x.label());
            }
            case GoExit x -> out.writeUvarint(x.g());
            case GoPanic x -> {
                out.writeUvarint(x.g());
                out.writeString(x.message());
                out.writeUvarint(x.label());
            }
            case GoRecover x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.label());
            }
            case ProcAcquire x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.proc());
                out.writeUvarint(x.duration());
                out.writeUvarint(x.label());
            }
            case ProcRelease x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.proc());
            }
            case ChanRecvClosed x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.obj());
                out.writeUvarint(x.label());
            }
            case ChanClose x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.obj());
                out.writeUvarint(x.label());
            }
            case LockAcquire x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.obj());
                out.writeUvarint(x.read() ? 1 : 0);
                out.writeUvarint(x.label());
            }
            case LockRelease x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.obj());
                out.writeUvarint(x.read() ? 1 : 0);
                out.writeUvarint(x.label());
            }
            case WaitGroupAdd x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.obj());
                out.writeVarint(x.delta());
                out.writeVarint(x.counter());
                out.writeUvarint(x.label());
            }
            case OnceDo x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.obj());
                out.writeUvarint(x.ran() ? 1 : 0);
                out.writeUvarint(x.label());
            }
            case CondNotify x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.obj());
                out.writeUvarint(x.broadcast() ? 1 : 0);
                out.writeUvarint(x.woken());
                out.writeUvarint(x.label());
            }
            case SemaphoreChange x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.obj());
                out.writeUvarint(x.acquire() ? 1 : 0);
                out.writeUvarint(x.n());
                out.writeUvarint(x.held());
                out.writeUvarint(x.label());
            }
            case AtomicOp x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.obj());
                out.writeVarint(x.value());
                out.writeUvarint(x.label());
            }
            case VarAccess x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.obj());
                out.writeUvarint(x.write() ? 1 : 0);
                out.writeVarint(x.value());
                out.writeUvarint(x.label());
            }
            case ContextCancel x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.obj());
                out.writeUvarint(x.cause().ordinal());
                out.writeUvarint(x.label());
            }
            case TimerSet x -> {
                out.writeUvarint(x.obj());
                out.writeUvarint(x.when());
            }
            case TimerFire x -> out.writeUvarint(x.obj());
            case TimerStop x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.obj());
                out.writeUvarint(x.wasActive() ? 1 : 0);
                out.writeUvarint(x.label());
            }
            case Log x -> {
                out.writeUvarint(x.g());
                out.writeString(x.text());
                out.writeUvarint(x.label());
            }
            case InterventionApplied x -> {
                out.writeUvarint(x.kind().ordinal());
                out.writeString(x.target());
                out.writeString(x.outcome());
            }
            case Diagnostic x -> {
                out.writeUvarint(x.kind().ordinal());
                out.writeUvarint(x.g());
                out.writeUvarint(x.obj());
                out.writeUvarint(x.label());
                out.writeString(x.message());
            }
            case RunEnd x -> {
                out.writeUvarint(x.outcome().ordinal());
                out.writeUvarint(x.goroutinesLeft());
            }
            case Output x -> {
                out.writeUvarint(x.g());
                out.writeUvarint(x.stream().ordinal());
                out.writeString(x.text());
                out.writeUvarint(x.label());
            }
            case GoSwitch _,
                    GoBlock _,
                    GoUnblock _,
                    ChanSend _,
                    ChanBuffer _,
                    ChanHandoff _,
                    ChanRecv _,
                    SelectBegin _,
                    SelectCase _,
                    SelectChosen _ -> throw new IllegalArgumentException("encoded by EventEncoder itself: " + e);
        }
    }
}
