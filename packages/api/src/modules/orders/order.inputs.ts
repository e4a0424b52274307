import { Field, ID, InputType, Int } from 'type-graphql';
import { DeviceCategory, OrderStatus } from '../../common/enums.js';

@InputType()
export class CustomerInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Indian mobile number, with or without +91; stored as E.164.' })
  phone!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  corporate?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'False when the customer has no WhatsApp: messages then go by SMS. Default true.' })
  hasWhatsapp?: boolean | null;
}

@InputType()
export class CreateOrderInput {
  @Field(() => String, {
    description: "The partner's own order id. Creating the same externalRef again with the same input returns the same order.",
  })
  externalRef!: string;

  @Field(() => CustomerInput)
  customer!: CustomerInput;

  @Field(() => DeviceCategory)
  deviceCategory!: DeviceCategory;

  @Field(() => String)
  deviceModel!: string;

  @Field(() => Int)
  quotedPrice!: number;

  @Field(() => String, { nullable: true })
  pincode?: string | null;

  @Field(() => ID, { nullable: true })
  vendorId?: string | null;
}

@InputType()
export class OrderFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Searches externalRef, device model, customer name and phone.' })
  q?: string | null;

  @Field(() => [OrderStatus], { nullable: true })
  status?: OrderStatus[] | null;

  @Field(() => DeviceCategory, { nullable: true })
  deviceCategory?: DeviceCategory | null;

  @Field(() => ID, { nullable: true })
  vendorId?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => Date, { nullable: true })
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  createdTo?: Date | null;

  @Field(() => String, { nullable: true, description: "Finance's reconciliation: the payment reference contains this text (any case)." })
  paymentReference?: string | null;

  @Field(() => Date, { nullable: true, description: 'Completed (paid) at or after this time.' })
  completedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Completed (paid) before this time.' })
  completedTo?: Date | null;
}

@InputType()
export class CustomerFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Searches name, phone and email.' })
  q?: string | null;

  @Field(() => Boolean, { nullable: true })
  corporate?: boolean | null;
}
