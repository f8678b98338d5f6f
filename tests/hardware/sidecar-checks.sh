# Sourced by job.sh inside the i2c-vm: the whole sidecar on the chips of /dev/i2c-1, driven by the real
# ipmitool over 127.0.0.1. Uses ok / not_ok / expect from job.sh.
ipmi() { ipmitool -I lanplus -H 127.0.0.1 -p 6230 -U admin -P vm-secret-1 -C 3 "$@" 2>&1; }

# The board: a valid FRU image in the 24C02, 25.0 degrees C in the LM75's temperature register.
fru=$(cat fru.hex)
offset=0
while [ $offset -lt 256 ]; do
  chunk=$(echo "$fru" | cut -c$((offset * 2 + 1))-$((offset * 2 + 32)) | sed 's/../0x& /g')
  i2ctransfer -y 1 w17@0x50 $offset $chunk
  offset=$((offset + 16))
done
i2ctransfer -y 1 w3@0x48 0x00 0x19 0x00

# The host behind the PCA9555: a press shorter than 1.4 s toggles power, a longer hold forces it off;
# power-good (input port 0, pin 1) follows. The button is pin 0 of output port 0, active high.
board_emulator() {
  on=0; since=""
  while :; do
    button=$(( $(i2ctransfer -y 1 w1@0x20 0x02 r1) & 1 ))
    now=$(date +%s%3N)
    if [ $button -eq 1 ] && [ -z "$since" ]; then since=$now; fi
    if [ $button -eq 0 ] && [ -n "$since" ]; then
      if [ $((now - since)) -ge 1400 ]; then on=0; else on=$((1 - on)); fi
      since=""
      inputs=$(( $(i2ctransfer -y 1 w1@0x20 0x00 r1) & ~2 | on << 1 ))
      i2ctransfer -y 1 w2@0x20 0x00 $inputs
    fi
    sleep 0.05
  done
}
board_emulator & emulator=$!

mkdir -p /tmp/state
sidecar/IpmiSidecar --Platform:Profile=/job/vm-board.json --Lan:Port=6230 --State:Directory=/tmp/state \
  --Users:0:Name=admin --Users:0:Password=vm-secret-1 --Users:0:Privilege=Administrator \
  --I2c:MasterWriteReadAllow=1:0x50,1:0x33 > /tmp/sidecar.log 2>&1 &
sidecar=$!
i=0; while [ $i -lt 600 ] && ! grep -q 'Listening on' /tmp/sidecar.log; do sleep 0.5; i=$((i + 1)); done
expect "sidecar starts on /dev/i2c-1 and listens" "yes" "$(grep -q 'Listening on' /tmp/sidecar.log && echo yes || echo no)"
sleep 3  # a few refresh periods: the sensor cache fills from the bus

# ipmitool prints the reading with as many decimals as the SDR's resolution needs: compare numerically.
reading() { ipmi sensor get "Inlet Temp" | sed -n 's/^ *Sensor Reading *: \([-0-9.]*\).*/\1/p' | mawk '{ printf "%.1f", $1 }'; }
expect "sensor get shows the temperature the job wrote (25.0 C)" "25.0" "$(reading)"
i2ctransfer -y 1 w3@0x48 0x00 0x1e 0x80
sleep 4
expect "sensor get follows the register (30.5 C)" "30.5" "$(reading)"

fru_out=$(ipmi fru print 0)
expect "fru print shows the board manufacturer" "IpmiSidecar" "$(echo "$fru_out" | sed -n 's/^ *Board Mfg *: //p')"
expect "fru print shows the board product" "VM Board" "$(echo "$fru_out" | sed -n 's/^ *Board Product *: //p')"
expect "fru print shows the board serial" "VM-0001" "$(echo "$fru_out" | sed -n 's/^ *Board Serial *: //p')"

expect "i2c bus=1 0xa0 8 0x00 returns the FRU common header" "01 00 00 01 00 00 00 fe" \
  "$(ipmi i2c bus=1 0xa0 8 0x00 | tr -s ' \n' ' ' | sed 's/^ //; s/ $//')"
absent=$(ipmi i2c bus=1 0x66 1 0x00)
case "$absent" in
  *"0x83"*|*"NAK on Write"*) ok "i2c to an absent address answers 0x83 (NAK on write)" ;;
  *) not_ok "i2c to an absent address answers 0x83: got '$absent'" ;;
esac

power_state() { ipmi chassis power status; }
wait_for_power() { # expected "on"/"off"
  n=0; while [ $n -lt 40 ]; do power_state | grep -q "is $1" && return 0; sleep 0.5; n=$((n + 1)); done; return 1
}
ipmi chassis power on >/dev/null
wait_for_power on; expect "chassis power on: the host reports power-good" "0" "$?"
expect "chassis power on: power-good is set in the expander's input register" "0x02" \
  "$(printf '0x%02x' $(( $(i2ctransfer -y 1 w1@0x20 0x00 r1) & 2 )))"
expect "chassis power on: the button line was released after the press" "0x00" \
  "$(printf '0x%02x' $(( $(i2ctransfer -y 1 w1@0x20 0x02 r1) & 1 )))"
ipmi chassis power off >/dev/null
wait_for_power off; expect "chassis power off (forced hold): the host reports power off" "0" "$?"
expect "chassis power off: power-good is clear in the expander's input register" "0x00" \
  "$(printf '0x%02x' $(( $(i2ctransfer -y 1 w1@0x20 0x00 r1) & 2 )))"

# What IPMI acknowledged is kept (issue 13): a threshold and the restore policy, across a restart of the sidecar
# after the board lost power. The host is off here, as after an AC loss; always-on must power it on.
ipmi chassis policy always-on >/dev/null
ipmi sensor thresh "Inlet Temp" unc 38 >/dev/null
ipmi sel clear >/dev/null
kill -TERM $sidecar; wait $sidecar; expect "SIGTERM: the sidecar exits 0" "0" "$?"
expect "SIGTERM: no exception in the log" "0" "$(grep -c 'Exception' /tmp/sidecar.log)"
sidecar/IpmiSidecar --Platform:Profile=/job/vm-board.json --Lan:Port=6230 --State:Directory=/tmp/state \
  --Users:0:Name=admin --Users:0:Password=vm-secret-1 --Users:0:Privilege=Administrator > /tmp/sidecar2.log 2>&1 &
sidecar=$!
i=0; while [ $i -lt 600 ] && ! grep -q 'Listening on' /tmp/sidecar2.log; do sleep 0.5; i=$((i + 1)); done
wait_for_power on; expect "restore policy always-on: the host found off at start is powered on" "0" "$?"
expect "restore policy always-on: power-good is set in the expander's input register" "0x02" \
  "$(printf '0x%02x' $(( $(i2ctransfer -y 1 w1@0x20 0x00 r1) & 2 )))"
expect "chassis restart_cause names the always-restore policy" "System restart cause: power-up due to always-restore power policy" \
  "$(ipmi chassis restart_cause)"
expect "the SEL holds the system restart" "1" "$(ipmi sel elist | grep -c 'System Boot Initiated .* System Restart')"
expect "the threshold set before the restart is in force" "38.000" \
  "$(ipmi sensor get "Inlet Temp" | sed -n 's/^ *Upper Non-Critical *: //p')"

kill -TERM $sidecar; wait $sidecar; expect "SIGTERM after the restore: the sidecar exits 0" "0" "$?"
kill $emulator; wait $emulator 2>/dev/null
