using Oem.Platform;

namespace Oem.Simulation;

/// <summary>
/// The host's power behaviour behind the PCA9555: a press shorter than forceOffMs powers on (power-good after
/// <see cref="PowerGoodDelay"/>) or asks the OS to shut down (off after <see cref="ShutdownDelay"/>); holding the
/// button for forceOffMs forces power off at that moment, as an ATX power supply does.
/// </summary>
public sealed partial class DemoBoard
{
    public static readonly TimeSpan PowerGoodDelay = TimeSpan.FromMilliseconds(300);
    public static readonly TimeSpan ShutdownDelay = TimeSpan.FromSeconds(2);

    private readonly Lock _lock = new();
    private SimulatedPca9555? _gpio;
    private PowerProfile? _power;
    private bool _on;
    private bool _powerGood;
    private TimeSpan? _powerGoodAt;
    private TimeSpan? _shutdownAt;
    private TimeSpan? _pressedAt;
    private bool _forcedThisPress;
    private bool _resetPressed;

    /// <summary>Main power is on (power-good may still be pending).</summary>
    public bool HostOn
    {
        get
        {
            lock (_lock)
            {
                Advance();
                return _on;
            }
        }
    }

    public bool PowerGood
    {
        get
        {
            lock (_lock)
            {
                Advance();
                return _powerGood;
            }
        }
    }

    /// <summary>Times the reset line was pulsed.</summary>
    public int ResetPulses { get; private set; }

    /// <summary>Whether the identify LED is lit (false when the profile has no PCA9555 identify pin on this board).</summary>
    public bool IdentifyLit =>
        _profile.Identify is { Chip: ChipKind.Pca9555, Pin: { } pin } identify
        && _chips.TryGetValue((identify.Bus, identify.Address), out var chip) && chip is SimulatedPca9555 gpio
        && gpio.IsOutput(pin) && gpio.GetLevel(pin) != identify.ActiveLow;

    private void WireHost()
    {
        if (_profile.Power is not { Chip: ChipKind.Pca9555 } power || !_chips.TryGetValue((power.Bus, power.Address), out var chip))
            return;
        _power = power;
        _gpio = (SimulatedPca9555)chip;
        _gpio.PinsChanged = OnPinsChanged;
    }

    private void OnPinsChanged()
    {
        lock (_lock)
        {
            Advance();
            var now = _modelTime;
            if (IsPressed(_power!.ButtonPin!.Value))
            {
                if (_pressedAt is null)
                {
                    _pressedAt = now;
                    _forcedThisPress = false;
                }
            }
            else if (_pressedAt is { } at)
            {
                _pressedAt = null;
                if (!_forcedThisPress && now - at < TimeSpan.FromMilliseconds(_power.ForceOffMs))
                    ShortPress(now);
            }
            var reset = _power.ResetPin is { } resetPin && IsPressed(resetPin);
            if (reset && !_resetPressed)
                ResetPulses++;
            _resetPressed = reset;
            Push();
        }
    }

    private bool IsPressed(int pin) => _gpio!.IsOutput(pin) && _gpio.GetLevel(pin) != _power!.ActiveLow;

    private void ShortPress(TimeSpan now)
    {
        if (!_on)
        {
            _on = true;
            _powerGoodAt = now + PowerGoodDelay;
        }
        else if (_shutdownAt is null)
            _shutdownAt = now + ShutdownDelay;
    }

    private void HostOff()
    {
        _on = false;
        _powerGood = false;
        _powerGoodAt = null;
        _shutdownAt = null;
    }

    /// <summary>The next host event due at or before <paramref name="now"/>, applied by <see cref="Advance"/>.</summary>
    private (TimeSpan At, Action Apply)? NextHostEvent(TimeSpan now)
    {
        (TimeSpan At, Action Apply)? next = null;
        void Consider(TimeSpan? at, Action apply)
        {
            if (at is { } t && t <= now && (next is null || t < next.Value.At))
                next = (t, apply);
        }
        if (_power is not null && _pressedAt is { } pressed && _on && !_forcedThisPress)
            Consider(pressed + TimeSpan.FromMilliseconds(_power.ForceOffMs), () => { _forcedThisPress = true; HostOff(); });
        if (_on && !_powerGood)
            Consider(_powerGoodAt, () => _powerGood = true);
        Consider(_shutdownAt, HostOff);
        return next;
    }
}
